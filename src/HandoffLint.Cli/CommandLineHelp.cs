using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace HandoffLint.Cli;

/// <summary>
/// Adds an "Exit codes:" section to each command's <c>--help</c>, after System.CommandLine's own help: CI scripts branch on the
/// exit code, so it belongs where users look first.
/// </summary>
internal static class CommandLineHelp
{
    private static readonly Dictionary<Command, string> ExitCodesByCommand = new();

    /// <summary>Records the exit codes <paramref name="command"/> documents, one "N meaning" clause per code, separated by "; ".</summary>
    public static void SetExitCodes(Command command, string exitCodes) => ExitCodesByCommand[command] = exitCodes;

    /// <summary>Wraps the help option's action (the option is recursive, so this covers every command).</summary>
    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().First();
        if (help.Action is SynchronousCommandLineAction inner) help.Action = new HelpWithExitCodes(inner);
    }

    private sealed class HelpWithExitCodes : SynchronousCommandLineAction
    {
        private readonly SynchronousCommandLineAction _inner;

        public HelpWithExitCodes(SynchronousCommandLineAction inner) => _inner = inner;

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var result = _inner.Invoke(parseResult);
            if (ExitCodesByCommand.TryGetValue(parseResult.CommandResult.Command, out var exitCodes))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Exit codes:");
                foreach (var clause in exitCodes.Split("; "))
                {
                    var space = clause.IndexOf(' ');
                    output.WriteLine("  " + clause.Substring(0, space) + "  " + clause.Substring(space + 1).TrimEnd('.'));
                }

                output.WriteLine();
            }

            return result;
        }
    }
}
