using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace HandoffLint.Tests.Support;

/// <summary>What one child process printed and returned.</summary>
/// <param name="Command">The command line, for assertion messages.</param>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StdOut">Standard output as written, but with <c>\n</c> line ends.</param>
/// <param name="StdErr">Standard error as written, but with <c>\n</c> line ends.</param>
public sealed record ChildProcessResult(string Command, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Standard output, then standard error (MSBuild writes its whole log, warnings included, to standard output).</summary>
    public string Output => StdOut + StdErr;

    /// <summary>The command, its exit code and both streams, for assertion messages.</summary>
    public override string ToString() => $"{Command}\nexit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>
/// Runs a real program (dotnet, git, bash, pre-commit, the installed tool) the way a user's shell would, bounded in time:
/// the one process runner the test projects share, so that timeouts, stream draining and environment isolation are
/// written once.
/// </summary>
public static class ChildProcess
{
    /// <summary>The dotnet executable running these tests (the test host knows it), else the one on the PATH.</summary>
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="workingDirectory"/> and waits at most <paramref name="timeout"/>
    /// (then kills its whole tree and throws). With <paramref name="isolated"/>, the child does not inherit what
    /// <c>dotnet test</c> hands its own children (MSBuild and test-platform settings, the build output folder) and runs
    /// dotnet quietly in English, as on a user's machine. <paramref name="environment"/> comes last; a null value removes
    /// the variable.
    /// </summary>
    public static ChildProcessResult Run(
        string program,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        string? input = null,
        bool isolated = false)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (isolated) Isolate(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var command = program + " " + string.Join(" ", start.ArgumentList);
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + command);
        // Both streams are read to the end as written (golden output compares the exact text, a missing last line end too).
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {limit}.");
        }

        Task.WaitAll(stdout, stderr);
        return new ChildProcessResult(command, process.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }

    /// <summary>Whether <paramref name="program"/> can be found on the PATH.</summary>
    public static bool IsOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    private static void Isolate(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            environment.Remove(name);
        }

        environment.Remove("HANDOFFLINT_ARTIFACTS");
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
    }
}
