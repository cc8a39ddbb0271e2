using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Hooks;

namespace HandoffLint.Cli.Commands.Hooks;

/// <summary>
/// <c>handofflint hook &lt;agent&gt; &lt;event&gt;</c>: the commands agents run as hooks. They read the hook's JSON payload on
/// standard input and answer in the agent's own JSON. A hook must never break the agent, so unlike the other commands these
/// never exit 2 for a problem of their own (exit 2 means "block" to Claude Code): bad input, no repository, no git or no
/// note give exit 0 and the reason on standard error; a mistyped command line gives exit 1, which agents show as a hook error
/// and otherwise ignore.
/// </summary>
internal static class HookCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "hook";

    /// <summary>Exit code for a mistyped hook command line: visible to the user, never a block.</summary>
    private const int HookUsageError = 1;

    public static Command Create()
    {
        var hook = new Command(Name, "Agent hooks: give the agent the note at session start, and check the note before it stops or compacts. Run by the agent, with its JSON payload on standard input.")
        {
            Agent(HookAgent.Claude, "Claude Code (.claude/settings.json): SessionStart, Stop and PreCompact hooks."),
            Agent(HookAgent.Codex, "OpenAI Codex CLI (.codex/hooks.json; the hooks run once trusted in /hooks): SessionStart and Stop hooks; pre-compact records what the next session start tells the agent."),
            Agent(HookAgent.Gemini, "Gemini CLI (.gemini/settings.json): SessionStart and AfterAgent hooks; pre-compress does nothing (Gemini CLI fires it before requests that compress nothing)."),
            Agent(HookAgent.Cursor, "Cursor (.cursor/hooks.json): sessionStart and stop hooks; pre-compact records what the next session start tells the agent."),
        };
        CommandLineHelp.SetExitCodes(hook, "0 always, whatever was found (the answer is in the JSON on standard output); 1 the hook command line is wrong; 2 only from 'claude pre-compact --block', to block compaction.");
        return Lenient(hook, "an agent: claude, codex, gemini or cursor");
    }

    private static Command Agent(HookAgent agent, string description)
    {
        var command = new Command(HookNames.CommandName(agent), description);
        foreach (var hookEvent in new[] { HookEvent.SessionStart, HookEvent.Stop, HookEvent.PreCompact }) command.Subcommands.Add(Event(agent, hookEvent));
        return Lenient(command, "an event: " + string.Join(", ", command.Subcommands.Select(c => c.Name)));
    }

    private static Command Event(HookAgent agent, HookEvent hookEvent)
    {
        var note = new Option<string?>("--note")
        {
            Description = "The note's path, relative to the repository root. Default: docs/SESSION-HANDOFF.md.",
            HelpName = "path",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(HookNames.CommandName(agent, hookEvent), Describe(agent, hookEvent)) { note };
        Option<string?>? maxBlocks = null;
        if (hookEvent == HookEvent.Stop)
        {
            // A string, checked by the action: a parse error would exit 2, which Claude Code reads as a block.
            maxBlocks = new Option<string?>("--max-blocks")
            {
                Description = $"Let the agent stop after this many blocks in a row without progress on the note, whatever the agent's own loop flag says. Default: {HookRequest.DefaultMaxBlocks}.",
                HelpName = "count",
            };
            command.Options.Add(maxBlocks);
        }

        Option<bool>? block = null;
        if (agent == HookAgent.Claude && hookEvent == HookEvent.PreCompact)
        {
            block = new Option<bool>("--block") { Description = "Block compaction (exit code 2, reason on standard error) while the note needs rewriting, instead of telling the agent after it." };
            command.Options.Add(block);
        }

        // Unknown tokens must not become exit 2 (a block) through the usual parse error; the action reports them with exit 1.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            if (parseResult.UnmatchedTokens.Count > 0)
            {
                Terminal.Warn($"unknown argument '{parseResult.UnmatchedTokens[0]}' for '{Path(command)}'; nothing was checked. Run 'handofflint hook --help'.");
                return HookUsageError;
            }

            return Run(agent, hookEvent, parseResult.GetValue(note), maxBlocks is null ? null : parseResult.GetValue(maxBlocks), block is not null && parseResult.GetValue(block));
        });
        return command;
    }

    /// <summary>
    /// Runs a hook command line without building the command tree, when it is one of the plain shapes <c>init</c> writes:
    /// <c>hook AGENT EVENT</c>, then <c>--note PATH</c>, <c>--max-blocks N</c> (stop) or <c>--block</c> (Claude's
    /// pre-compact), each at most once. A Stop hook runs after every agent response, and building and parsing the full
    /// command line is a measurable part of its budget. Anything else (help, another spelling, a mistake) returns false and
    /// goes through the full parser, which gives the same result for these shapes (HookCommandLineTests compare the two).
    /// </summary>
    public static bool TryRunDirect(string[] args, out int exitCode)
    {
        exitCode = 0;
        if (!TryParseDirect(args, out var agent, out var hookEvent, out var notePath, out var maxBlocks, out var block)) return false;
        exitCode = Run(agent, hookEvent, notePath, maxBlocks, block);
        return true;
    }

    /// <summary>The direct path's reading of <paramref name="args"/>; false for anything but its plain shapes.</summary>
    internal static bool TryParseDirect(string[] args, out HookAgent agent, out HookEvent hookEvent, out string? notePath, out string? maxBlocks, out bool block)
    {
        (agent, hookEvent, notePath, maxBlocks, block) = (default, default, null, null, false);
        if (args.Length < 3 || args[0] != Name) return false;
        var found = false;
        foreach (var candidateAgent in Enum.GetValues<HookAgent>())
        {
            foreach (var candidateEvent in Enum.GetValues<HookEvent>())
            {
                if (args[1] != HookNames.CommandName(candidateAgent) || args[2] != HookNames.CommandName(candidateAgent, candidateEvent)) continue;
                (agent, hookEvent, found) = (candidateAgent, candidateEvent, true);
            }
        }

        if (!found) return false;
        for (var i = 3; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("-", StringComparison.Ordinal);
            switch (args[i])
            {
                case "--note" when hasValue && notePath is null:
                    notePath = args[++i];
                    break;
                case "--max-blocks" when hasValue && maxBlocks is null && hookEvent == HookEvent.Stop:
                    maxBlocks = args[++i];
                    break;
                case "--block" when !block && agent == HookAgent.Claude && hookEvent == HookEvent.PreCompact:
                    block = true;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>One hook call, however its command line was read.</summary>
    private static int Run(HookAgent agent, HookEvent hookEvent, string? notePath, string? maxBlocks, bool block)
    {
        var limit = HookRequest.DefaultMaxBlocks;
        if (maxBlocks is not null && (!int.TryParse(maxBlocks, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            Terminal.Warn($"--max-blocks must be a whole number of at least 1; Actual: '{maxBlocks}'; nothing was checked.");
            return HookUsageError;
        }

        var clock = Clock();
        var input = ReadStandardInput(out var tooLarge);
        if (tooLarge)
        {
            // Exit 0: a hook never blocks the agent for a problem of its own.
            Terminal.Warn($"the hook payload on standard input is larger than {MaxPayloadCharacters / (1024 * 1024)} MB, so it is not an agent's; nothing was checked");
            return 0;
        }

        var request = new HookRequest(agent, hookEvent, input)
        {
            NotePath = string.IsNullOrWhiteSpace(notePath) ? null : notePath,
            BlockCompaction = block,
            MaxBlocks = limit,
        };
        var response = new HookRunner(clock).Run(request);
        Terminal.Out.Write(response.Output);
        Terminal.Error.Write(response.Error);
        return response.ExitCode;
    }

    private static string Describe(HookAgent agent, HookEvent hookEvent) => hookEvent switch
    {
        HookEvent.SessionStart => "Give the agent the note and HandoffLint's findings, and record where the session started.",
        HookEvent.Stop => "After each response: keep the agent working, with a reason naming what to update, when the session changed files but not the note, or rewrote it with errors or with warnings it did not have at the start (each named once). Lets the agent go after --max-blocks blocks without progress. Silent otherwise.",
        _ when agent == HookAgent.Claude => "Before compaction: the same check as stop. By default compaction runs and the session start that follows tells the agent; --block blocks it instead.",
        _ => "Before compaction: the same check as stop; what is missing is told to the agent by the session start that follows compaction.",
    };

    /// <summary>A command that answers a missing or unknown subcommand with one line and exit 1 rather than a parse error (exit 2).</summary>
    private static Command Lenient(Command command, string expected)
    {
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult =>
        {
            var given = parseResult.UnmatchedTokens.FirstOrDefault();
            Terminal.Warn((given is null ? $"'{Path(command)}' needs {expected}" : $"unknown '{given}' for '{Path(command)}'; Expected: {expected}") + ". Run 'handofflint hook --help'.");
            return HookUsageError;
        });
        return command;
    }

    /// <summary>The command as typed: <c>handofflint hook claude</c>.</summary>
    private static string Path(Command command)
    {
        var names = new System.Collections.Generic.List<string>();
        for (Command? current = command; current is not null && current is not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault()) names.Insert(0, current.Name);
        return "handofflint " + string.Join(" ", names);
    }

    /// <summary>Agents send a few kilobytes; beyond this what is on standard input is not a payload (it may be /dev/zero).</summary>
    private const int MaxPayloadCharacters = 8 * 1024 * 1024;

    private static string? ReadStandardInput(out bool tooLarge)
    {
        tooLarge = false;
        // A terminal is not a payload; waiting for one would hang a hook that someone runs by hand.
        if (!Console.IsInputRedirected) return null;
        using var reader = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        // Payloads are a few kilobytes; a small buffer stays off the large-object heap, whose fresh pages a hook pays for.
        var buffer = new char[8 * 1024];
        var payload = new StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            payload.Append(buffer, 0, read);
            if (payload.Length > MaxPayloadCharacters)
            {
                tooLarge = true;
                return null;
            }
        }

        return payload.ToString();
    }

    private static IClock Clock()
    {
        try
        {
            return CliClock.Create();
        }
        catch (CliException e)
        {
            Terminal.Warn(e.Message + "; using the system clock");
            return SystemClock.Instance;
        }
    }
}
