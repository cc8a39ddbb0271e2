using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>
/// The <c>handofflint</c> under test, invoked by absolute path: the build output <c>handofflint.dll</c> beside this assembly
/// (through <c>dotnet</c>, as the installed .NET tool runs), or the executable <c>HANDOFFLINT_CLI</c> names (a Native AOT
/// binary, say).
/// </summary>
internal static class HandoffLintCli
{
    /// <summary>The command line that starts the CLI: the program, then the arguments that come before the CLI's own.</summary>
    public static IReadOnlyList<string> Command { get; } = Resolve();

    private static IReadOnlyList<string> Resolve()
    {
        if (Environment.GetEnvironmentVariable("HANDOFFLINT_CLI") is { Length: > 0 } configured) return new[] { Path.GetFullPath(configured) };
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : AgentInstallation.Which("dotnet") ?? "dotnet";
        return new[] { host, Path.Combine(AppContext.BaseDirectory, "handofflint.dll") };
    }

    /// <summary>Runs <c>handofflint</c> with <paramref name="arguments"/> in <paramref name="folder"/>.</summary>
    public static ProcessResult Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Command[0]) { WorkingDirectory = folder };
        for (var i = 1; i < Command.Count; i++) start.ArgumentList.Add(Command[i]);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("HANDOFFLINT_TODAY");
        return ProcessRunner.Run(start, TimeSpan.FromMinutes(2));
    }
}
