using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffLint.Packaging.Tests.Support;

/// <summary>What one process printed and returned.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Standard output and error, for assertion messages.</summary>
    public override string ToString() => $"{Command}\nexit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>Runs real programs (dotnet, sh, the installed tool) the way a user's shell would, bounded in time.</summary>
internal static class Processes
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet executable running these tests (the test host knows it), else the one on the PATH.</summary>
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="folder"/>. The environment is this process's without what
    /// <c>dotnet test</c> hands its children (MSBuild and test-platform settings), then <paramref name="environment"/>
    /// (a null value removes the variable).
    /// </summary>
    public static ProcessResult Run(string folder, IReadOnlyDictionary<string, string?> environment, string program, IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k == "HANDOFFLINT_ARTIFACTS").ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var command = program + " " + string.Join(" ", start.ArgumentList);
        using var process = new Process { StartInfo = start };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {Timeout.TotalMinutes} minutes.\n{stdout}\n{stderr}");
        }

        process.WaitForExit(); // Drains the asynchronous readers.
        lock (stdout) lock (stderr) return new ProcessResult(command, process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}
