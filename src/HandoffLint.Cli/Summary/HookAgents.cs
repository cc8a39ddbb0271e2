using System;
using System.Linq;
using HandoffLint.Hooks;

namespace HandoffLint.Cli.Summary;

/// <summary>The agents' names on the command line, for options that take one.</summary>
internal static class HookAgents
{
    public static readonly string[] Names = Enum.GetValues<HookAgent>().Select(HookNames.CommandName).ToArray();

    public static HookAgent Parse(string name) => Enum.GetValues<HookAgent>().First(a => HookNames.CommandName(a) == name);
}
