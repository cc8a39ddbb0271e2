using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>
/// One call an agent made to <c>handofflint</c> as a hook, as the recorder saw it: the arguments, the payload the agent sent,
/// what HandoffLint answered, and the wall time of the call (the process, start-up included).
/// </summary>
internal sealed class HookCall
{
    private HookCall(string folder)
    {
        Arguments = File.ReadAllLines(Path.Combine(folder, "args"));
        Input = File.ReadAllText(Path.Combine(folder, "stdin"));
        Output = File.ReadAllText(Path.Combine(folder, "stdout"));
        Error = File.ReadAllText(Path.Combine(folder, "stderr"));
        var result = File.ReadAllText(Path.Combine(folder, "result")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        StartedNanoseconds = long.Parse(result[0], System.Globalization.CultureInfo.InvariantCulture);
        Elapsed = TimeSpan.FromTicks((long.Parse(result[1], System.Globalization.CultureInfo.InvariantCulture) - StartedNanoseconds) / 100);
        ExitCode = int.Parse(result[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The command-line arguments, e.g. <c>hook</c>, <c>claude</c>, <c>stop</c>.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The event's name on the command line (<c>session-start</c>, <c>stop</c>, <c>after-agent</c>...), or empty.</summary>
    public string Event => Arguments.Count >= 3 && Arguments[0] == "hook" ? Arguments[2] : string.Empty;

    /// <summary>Whether this is the check before stopping (Claude Code's and Codex's <c>stop</c>, Gemini CLI's <c>after-agent</c>).</summary>
    public bool IsStop => Event is "stop" or "after-agent";

    /// <summary>The agent's JSON payload on standard input.</summary>
    public string Input { get; }

    /// <summary>The payload, parsed (an empty object when it is not JSON).</summary>
    public JsonObject Payload => TryParse(Input) ?? new JsonObject();

    /// <summary>What HandoffLint printed for the agent.</summary>
    public string Output { get; }

    /// <summary>HandoffLint's standard output, parsed; null when it printed nothing (let go, nothing to say).</summary>
    public JsonObject? Answer => TryParse(Output);

    /// <summary>HandoffLint's standard error.</summary>
    public string Error { get; }

    public int ExitCode { get; }

    public long StartedNanoseconds { get; }

    /// <summary>The call's wall time, measured around the process by the recorder.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Whether HandoffLint kept the agent working (a block, deny or follow-up).</summary>
    public bool Blocked => Answer is { } answer && (answer["decision"]?.GetValue<string>() is "block" or "deny" || answer["followup_message"] is not null);

    /// <summary>The reason given to the agent with a block, or null.</summary>
    public string? Reason => Answer?["reason"]?.GetValue<string>() ?? Answer?["followup_message"]?.GetValue<string>();

    /// <summary>Every call recorded in <paramref name="logFolder"/>, in the order they started.</summary>
    public static IReadOnlyList<HookCall> ReadAll(string logFolder) =>
        !Directory.Exists(logFolder)
            ? Array.Empty<HookCall>()
            : Directory.EnumerateDirectories(logFolder)
                .Where(folder => File.Exists(Path.Combine(folder, "result")))
                .Select(folder => new HookCall(folder))
                .OrderBy(call => call.StartedNanoseconds)
                .ToArray();

    public override string ToString() =>
        $"{string.Join(' ', Arguments)} -> exit {ExitCode} in {Elapsed.TotalMilliseconds:F0} ms; out: {Output.Trim()}; err: {Error.Trim()}";

    private static JsonObject? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
