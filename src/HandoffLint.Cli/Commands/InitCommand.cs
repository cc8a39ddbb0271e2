using System.CommandLine;

namespace HandoffLint.Cli.Commands;

internal static class InitCommand
{
    public static Command Create() => new("init", "Set up the handoff pattern in the current repository.");
}
