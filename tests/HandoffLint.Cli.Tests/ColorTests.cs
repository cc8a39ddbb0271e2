using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>Colour only on a terminal, and never with NO_COLOR set.</summary>
public sealed class ColorTests
{
    private const string Escape = "\u001b[";

    [Fact]
    public void Redirected_output_has_no_colour()
    {
        using var repo = new TempFolder();
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("findings.md"));

        CliProcess.Run(repo.Path, "lint", "--no-git").StdOut.ShouldNotContain(Escape);
    }

    [TerminalFact]
    public void A_terminal_gets_colour_unless_NO_COLOR_is_set()
    {
        using var repo = new TempFolder();
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("findings.md"));

        var colored = OnTerminal(repo.Path, noColor: null);
        var plain = OnTerminal(repo.Path, noColor: "1");

        colored.ShouldContain(Escape + "1;31merror HL0021" + "\u001b[0m");
        colored.ShouldContain(Escape + "1;33mwarning HL0003");
        // Only colour codes count: the .NET console itself may switch the terminal's keypad mode (ESC [?1h).
        Regex.IsMatch(plain, @"\u001b\[[0-9;]*m").ShouldBeFalse(plain);
        plain.ShouldContain("error HL0021: ");
    }

    /// <summary>Runs the CLI under <c>script</c>, which gives it a pseudo-terminal for standard output.</summary>
    private static string OnTerminal(string folder, string? noColor)
    {
        var host = CliProcess.Executable.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet " : string.Empty;
        var command = $"{host}'{CliProcess.Executable}' lint --no-git";
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = "xterm" };
        var result = ScriptRunner.Run(folder, command, environment);
        return result.Replace("\r\n", "\n");
    }
}

/// <summary>A fact that needs <c>script</c> (util-linux) to fake a terminal; skipped, with the reason, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (ScriptRunner.SkipReason is { } reason) Skip = reason;
    }
}

internal static class ScriptRunner
{
    public static string? SkipReason { get; } =
        OperatingSystem.IsWindows() ? "Faking a terminal needs util-linux 'script'; not on Windows." :
        File.Exists("/usr/bin/script") || File.Exists("/bin/script") ? null : "Faking a terminal needs util-linux 'script', which is not installed.";

    public static string Run(string folder, string command, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo("script") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-q", "-e", "-c", command, "/dev/null" }) start.ArgumentList.Add(argument);
        start.Environment["HANDOFFLINT_TODAY"] = CliProcess.Today;
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output.Result;
    }
}
