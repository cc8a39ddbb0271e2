using System;
using HandoffLint.Json;

namespace HandoffLint.Hooks;

/// <summary>
/// What an agent sends a hook on standard input, reduced to the fields HandoffLint uses. The agents name some of them
/// differently (Cursor says <c>conversation_id</c> and <c>workspace_roots</c>); this is the one place that knows.
/// </summary>
public sealed class HookPayload
{
    private HookPayload(JsonObject fields) => Fields = fields;

    /// <summary>The payload as sent.</summary>
    internal JsonObject Fields { get; }

    /// <summary>The session's ID (<c>session_id</c>, or Cursor's <c>conversation_id</c>), or null when none was sent.</summary>
    public string? SessionId => NonEmpty(Fields["session_id"]) ?? NonEmpty(Fields["conversation_id"]);

    /// <summary>The folder the agent works in (<c>cwd</c>, or the first of Cursor's <c>workspace_roots</c>), or null.</summary>
    public string? WorkingDirectory => NonEmpty(Fields["cwd"]) ?? (Fields["workspace_roots"]?.AsArray() is { Items.Count: > 0 } roots ? NonEmpty(roots.Items[0]) : null);

    /// <summary>How a session started: <c>startup</c>, <c>resume</c>, <c>clear</c>, <c>compact</c> (or <c>fork</c>); null when not said.</summary>
    public string? Source => NonEmpty(Fields["source"]) ?? NonEmpty(Fields["trigger"]);

    /// <summary>
    /// True when the agent is already continuing because a stop hook blocked it (<c>stop_hook_active</c>; for Cursor, a
    /// <c>loop_count</c> above zero): HandoffLint then lets it stop, so that a note the agent cannot fix never traps it.
    /// </summary>
    public bool IsContinuationAfterBlock =>
        Fields["stop_hook_active"]?.IsTrue == true ||
        (Fields["loop_count"] is JsonNumber count && count.TryGetInt64(out var loops) && loops > 0);

    /// <summary>Cursor's <c>status</c> of a stop (<c>completed</c>, <c>aborted</c>, <c>error</c>), or null.</summary>
    public string? Status => NonEmpty(Fields["status"]);

    /// <summary>Reads a payload; on failure returns null with the reason in <paramref name="problem"/>.</summary>
    public static HookPayload? TryParse(string? text, out string? problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "standard input was empty; Expected: the hook's JSON payload";
            return null;
        }

        if (!JsonReader.TryParse(text!, out var value, out var error))
        {
            problem = "standard input is not JSON: " + error!.Message;
            return null;
        }

        if (value is not JsonObject fields)
        {
            problem = "standard input is JSON but not an object; Expected: the hook's JSON payload";
            return null;
        }

        problem = null;
        return new HookPayload(fields);
    }

    private static string? NonEmpty(JsonValue? value) =>
        value?.AsString() is { } text && text.Trim().Length > 0 ? text : null;
}
