using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>Runs a program other than the CLI under test (bash, dotnet, git, pre-commit), bounded in time.</summary>
internal static class ExternalProcess
{
    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/>; null values in <paramref name="environment"/> remove a variable.</summary>
    public static CliResult Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(5);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", arguments)} did not finish within {limit}.");
        }

        Task.WaitAll(stdout, stderr);
        return new CliResult(process.ExitCode, stdout.Result.Replace("\r\n", "\n"), stderr.Result.Replace("\r\n", "\n"));
    }

    /// <summary>Whether <paramref name="program"/> can be found on the PATH.</summary>
    public static bool IsOnPath(string program)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder, program))) return true;
        }

        return false;
    }
}
