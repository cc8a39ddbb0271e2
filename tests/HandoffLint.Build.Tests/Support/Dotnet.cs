using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Tests.Support;

namespace HandoffLint.Build.Tests.Support;

/// <summary>What one run of <c>dotnet</c> printed and returned.</summary>
public sealed class DotnetResult
{
    private static readonly Regex FindingLine = new(@"\b(warning|error) (?<id>HL\d{4}):", RegexOptions.CultureInvariant);

    public DotnetResult(string command, int exitCode, string output)
    {
        Command = command;
        ExitCode = exitCode;
        Output = output;
        Lines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        // MSBuild's console logger repeats every warning and error in a closing summary; the lines before it are the build's.
        var summary = Lines.ToList().FindIndex(l => l.Trim() is "Build succeeded." or "Build FAILED." or "Build succeeded with warnings.");
        BuildLines = summary < 0 ? Lines : Lines.Take(summary).ToArray();
    }

    public string Command { get; }

    public int ExitCode { get; }

    /// <summary>Standard output and standard error, interleaved as printed.</summary>
    public string Output { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>The lines printed while building, before MSBuild's closing summary.</summary>
    public IReadOnlyList<string> BuildLines { get; }

    /// <summary>Every line MSBuild printed for a HandoffLint warning or error.</summary>
    public IReadOnlyList<string> Findings => BuildLines.Where(l => FindingLine.IsMatch(l)).ToArray();

    /// <summary>Error lines that are not HandoffLint's (a failed restore, a crashed task, MSB4181 from a caller): none, in a healthy build.</summary>
    public IReadOnlyList<string> OtherErrors => BuildLines.Where(l => l.Contains(": error ", StringComparison.Ordinal) && !FindingLine.IsMatch(l)).ToArray();

    /// <summary>The lines that mention any HL code at all (findings, messages, anything).</summary>
    public IReadOnlyList<string> LinesWithHandoffLintCodes => Lines.Where(l => Regex.IsMatch(l, @"\bHL\d{4}\b")).ToArray();

    /// <summary>The IDs of <see cref="Findings"/>, sorted, to compare with a fixture's expected IDs.</summary>
    public IReadOnlyList<string> FindingIds => Findings.Select(l => FindingLine.Match(l).Groups["id"].Value).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    /// <summary>The findings with <paramref name="severity"/> (<c>warning</c> or <c>error</c>) and <paramref name="id"/>.</summary>
    public IReadOnlyList<string> FindingsOf(string severity, string id) => Findings.Where(l => l.Contains($" {severity} {id}:", StringComparison.Ordinal)).ToArray();

    public override string ToString() => $"{Command}\nexit {ExitCode}\n{Output}";
}

/// <summary>Runs the real <c>dotnet</c> CLI the way a user or CI would, isolated from the test run's own build.</summary>
internal static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static DotnetResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, IEnumerable<string> arguments)
    {
        var list = arguments.ToArray();
        var result = ChildProcess.Run(ChildProcess.Dotnet, list, workingDirectory, environment, Timeout, isolated: true);
        return new DotnetResult("dotnet " + string.Join(" ", list), result.ExitCode, result.Output);
    }
}
