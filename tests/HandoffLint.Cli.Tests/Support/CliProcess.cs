using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>What one run of the CLI printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Standard error's non-empty lines.</summary>
    public string[] ErrorLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// Runs the real <c>handofflint</c> as a separate process: the build output <c>handofflint.dll</c> beside this assembly
/// (through <c>dotnet</c>), or the executable named by <c>HANDOFFLINT_CLI</c> (a Native AOT binary, say), so that the same
/// tests check either build.
/// </summary>
internal static class CliProcess
{
    /// <summary>The day every run judges dates by, through the CLI's <c>HANDOFFLINT_TODAY</c>.</summary>
    public const string Today = "2026-11-23";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The program under test.</summary>
    public static string Executable { get; } =
        Environment.GetEnvironmentVariable("HANDOFFLINT_CLI") is { Length: > 0 } configured ? Path.GetFullPath(configured) : Path.Combine(AppContext.BaseDirectory, "handofflint.dll");

    public static CliResult Run(string workingDirectory, params string[] arguments) => Run(new CliRun(workingDirectory, arguments));

    public static CliResult Run(CliRun run)
    {
        var command = new List<string>();
        if (run.AsUnprivilegedUser) command.AddRange(Unprivileged.Prefix);
        if (Executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            command.Add(ChildProcess.Dotnet);
        }

        command.Add(Executable);
        command.AddRange(run.Arguments);

        // The CLI's behaviour must not depend on the machine running the tests.
        var environment = new Dictionary<string, string?>
        {
            ["NO_COLOR"] = null,
            ["HANDOFFLINT_TODAY"] = Today,
            // summary's progress line appears after a second; a loaded machine must not put it into tests that do not ask for it.
            ["HANDOFFLINT_PROGRESS_AFTER_MS"] = "3600000",
        };
        if (run.AsUnprivilegedUser)
        {
            environment["HOME"] = Unprivileged.Home;
            environment["DOTNET_CLI_HOME"] = Unprivileged.Home;
        }

        foreach (var (name, value) in run.Environment) environment[name] = value;
        var result = ChildProcess.Run(command[0], command.Skip(1), run.WorkingDirectory, environment, Timeout, run.StandardInput);
        return new CliResult(result.ExitCode, result.StdOut, result.StdErr);
    }

    /// <summary>The version the CLI reports (<c>--version</c> without the source revision), to normalise golden output.</summary>
    public static string Version { get; } = Run(AppContext.BaseDirectory, "--version").StdOut.Trim().Split('+')[0];
}

/// <summary>One run: where, with which arguments and environment, and as whom.</summary>
internal sealed record CliRun(string WorkingDirectory, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Text written to the process's standard input (which is then closed); by default it is closed at once.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Run as an unprivileged user, so that file permissions hold even when the tests run as root.</summary>
    public bool AsUnprivilegedUser { get; init; }
}
