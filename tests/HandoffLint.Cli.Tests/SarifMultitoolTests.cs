using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using HandoffLint.Cli.Tests.Support;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// The live SARIF output through Microsoft's own validator, the SARIF Multitool (pinned in <c>sarif-multitool/package.json</c>,
/// installed with npm from the registry), with its SARIF rules and the rules GitHub code scanning applies on upload. The
/// schema tests (<see cref="SarifTests"/>) check the shape; these check what the schema cannot say (a rule without a short
/// description, an absolute URI where GitHub wants a relative one, a result without a region).
/// </summary>
public sealed class SarifMultitoolTests
{
    [SarifMultitoolFact]
    public void The_live_output_passes_the_SARIF_and_GitHub_rules_of_the_Multitool()
    {
        using var repo = new TempFolder();
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("findings.md"));
        var lint = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif");
        lint.StdErr.ShouldBeEmpty();
        File.WriteAllText(Path.Combine(repo.Path, "handofflint.sarif"), lint.StdOut);
        JsonDocument.Parse(lint.StdOut).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength().ShouldBeGreaterThan(0, "the note must have findings for the check to mean anything");

        var report = Validate(repo.Path, "handofflint.sarif");

        report.ShouldBeEmpty();
    }

    [SarifMultitoolFact]
    public void The_Multitool_reports_a_rule_without_its_short_description()
    {
        // The check above can fail: the same output, one rule's short description taken out, is reported (GH2012).
        using var repo = new TempFolder();
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("findings.md"));
        var sarif = System.Text.Json.Nodes.JsonNode.Parse(CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif").StdOut)!;
        sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!.AsObject().Remove("shortDescription");
        File.WriteAllText(Path.Combine(repo.Path, "broken.sarif"), sarif.ToJsonString());

        var report = Validate(repo.Path, "broken.sarif");

        report.ShouldContain(line => line.StartsWith("GH2012 ", StringComparison.Ordinal));
    }

    /// <summary>The Multitool's results for <paramref name="file"/>, one line each (rule, level, message id and arguments).</summary>
    private static string[] Validate(string folder, string file)
    {
        var output = Path.Combine(folder, file + ".validation.sarif");
        var run = ChildProcess.Run(Multitool.Value, new[] { "validate", file, "--rule-kind", "Sarif;Gh", "--output", output, "--log", "ForceOverwrite" }, folder, timeout: TimeSpan.FromMinutes(2));
        File.Exists(output).ShouldBeTrue(run.ToString());
        using var validation = JsonDocument.Parse(File.ReadAllText(output));
        var results = validation.RootElement.GetProperty("runs")[0].TryGetProperty("results", out var list) ? list.EnumerateArray().ToArray() : Array.Empty<JsonElement>();
        return results.Select(r => $"{r.GetProperty("ruleId").GetString()} {(r.TryGetProperty("level", out var level) ? level.GetString() : "warning")}: {r.GetProperty("message").GetRawText()}").ToArray();
    }

    /// <summary>
    /// The Multitool's executable, installed once per version into <c>~/.cache/handofflint/sarif-multitool/&lt;hash of
    /// package.json&gt;</c>, so that a version change installs afresh and a second run installs nothing.
    /// </summary>
    private static readonly Lazy<string> Multitool = new(() =>
    {
        var pinned = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "sarif-multitool", "package.json"));
        var key = Convert.ToHexString(SHA256.HashData(pinned))[..16].ToLowerInvariant();
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "handofflint", "sarif-multitool", key);
        var executable = Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
        if (File.Exists(executable)) return executable;
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "package.json"), pinned);
        // No install scripts: the package's only one makes the executable executable, which is done here.
        var install = ChildProcess.Run("npm", new[] { "install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error" }, folder, timeout: TimeSpan.FromMinutes(5));
        File.Exists(executable).ShouldBeTrue("npm did not install the SARIF Multitool: " + install);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(executable, File.GetUnixFileMode(executable) | UnixFileMode.UserExecute);
        return executable;
    });
}

/// <summary>Runs where the Multitool's Linux build runs and npm can install it: Linux x64 with npm on the PATH.</summary>
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public SarifMultitoolFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Skip = "The SARIF Multitool is installed from npm as its linux-x64 build; this is not Linux x64.";
        }
        else if (!ChildProcess.IsOnPath("npm"))
        {
            Skip = "npm is not on the PATH: the SARIF Multitool (sarif-multitool/package.json) is installed with it.";
        }
    }
}
