using System.CommandLine;

namespace HandoffLint.Cli.Commands;

internal static class FixCommand
{
    public static Command Create() => new("fix", "Apply the unambiguous fixes to a handoff note.");
}
