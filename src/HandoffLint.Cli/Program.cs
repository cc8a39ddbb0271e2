using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using HandoffLint.Cli.Commands;
using HandoffLint.Text;

namespace HandoffLint.Cli;

internal static class Program
{
    private static int Main(string[] args) =>
        Guarded(() =>
        {
            // A hook runs after every agent response: its plain command lines are run without building the command tree.
            if (Commands.Hooks.HookCommand.TryRunDirect(args, out var exitCode)) return exitCode;
            var root = new RootCommand(
                "HandoffLint checks docs/SESSION-HANDOFF.md, the handoff note AI coding agents read at the start of a session and rewrite before it ends.\n\n" +
                "Environment: NO_COLOR turns colour off (colour is used only on a terminal). " +
                "HANDOFFLINT_TODAY=YYYY-MM-DD judges dates as if today were that day; it exists for tests and reproducible examples.");
            root.Subcommands.Add(LintCommand.Create());
            root.Subcommands.Add(FixCommand.Create());
            root.Subcommands.Add(InitCommand.Create());
            root.Subcommands.Add(SummaryCommand.Create());
            root.Subcommands.Add(Commands.Hooks.HookCommand.Create());
            CommandLineHelp.SetExitCodes(root, "0 success, or warnings only; 1 error-level findings; 2 usage or I/O failure.");
            CommandLineHelp.Install(root);
            return Run(root, args);
        });

    /// <summary>Parses and runs.</summary>
    private static int Run(RootCommand root, string[] args)
    {
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            var command = CommandPath(parseResult.CommandResult, root);
            // "Required command was not provided" adds nothing next to "Unrecognized command 'frobnicate'".
            var errors = parseResult.Errors.Count > 1
                ? parseResult.Errors.Where(e => !(e.SymbolResult is CommandResult result && result.Command == root && parseResult.CommandResult.Command == root && e.Message.StartsWith("Required command", StringComparison.Ordinal)))
                : parseResult.Errors;
            var problems = string.Join("; ", errors.Select(e => OneLine(e.Message).TrimEnd('.')));
            Terminal.Error.WriteLine($"handofflint: error: {problems}. Run '{command} --help' for usage.");
            return ExitCodes.UsageOrIoFailure;
        }

        return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    /// <summary>Runs a command; every failure ends as one line on standard error and exit code 2, never a stack trace.</summary>
    private static int Guarded(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (CliException e)
        {
            Terminal.Flush();
            Terminal.Error.WriteLine("handofflint: error: " + TerminalText.Escape(e.Message));
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Terminal.Flush();
            Terminal.Error.WriteLine("handofflint: error: " + TerminalText.Escape(e.Message));
            return ExitCodes.UsageOrIoFailure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours: still one line, naming what failed, so that a hook or CI log stays readable.
            Terminal.Flush();
            Terminal.Error.WriteLine($"handofflint: internal error: {e.GetType().Name}: {TerminalText.Escape(e.Message)} Please report this.");
            return ExitCodes.UsageOrIoFailure;
        }
        finally
        {
            Terminal.Flush();
        }
    }

    /// <summary>The command as typed, <c>handofflint hook claude stop</c>, for the "Run '... --help'" hint.</summary>
    private static string CommandPath(CommandResult result, RootCommand root)
    {
        var names = new System.Collections.Generic.List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command) names.Insert(0, command.Command == root ? "handofflint" : command.Command.Name);
        }

        return string.Join(" ", names);
    }

    private static string OneLine(string text) => TerminalText.Escape(string.Join(" ", text.Split(new[] { '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim())));
}
