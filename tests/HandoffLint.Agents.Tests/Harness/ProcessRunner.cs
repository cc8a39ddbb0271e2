using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>What one process printed and returned, and how long it took.</summary>
internal sealed record ProcessResult(int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed, bool TimedOut)
{
    public override string ToString() => $"exit {ExitCode}{(TimedOut ? " (killed: timed out)" : string.Empty)} after {Elapsed.TotalSeconds:F1} s\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>Runs a process to its end, bounded in time (the whole process tree is killed at the limit).</summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(ProcessStartInfo start, TimeSpan timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var timedOut = !process.WaitForExit(timeout);
        if (timedOut) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Task.WaitAll(stdout, stderr);
        return new ProcessResult(timedOut ? -1 : process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, timedOut);
    }
}
