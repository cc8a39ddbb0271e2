using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Output;

/// <summary>
/// A fingerprint per finding that survives edits elsewhere in the file, so that code scanning keeps one alert per problem
/// across runs instead of closing and reopening it whenever a line is added above it. It hashes what identifies the
/// problem, never its position: the rule, the heading of the section it is in, the text of its line with whitespace
/// collapsed, and its message with numbers taken out (messages count days and name line numbers, which move on their
/// own). Findings that are identical by all of that are told apart by their order, as <c>hash:1</c>, <c>hash:2</c>, in
/// the form code scanning uses for its own <c>primaryLocationLineHash</c>.
/// </summary>
internal sealed partial class FindingFingerprints
{
    /// <summary>The <c>partialFingerprints</c> key: code scanning's name for a location hash that does not move with line numbers.</summary>
    public const string Key = "primaryLocationLineHash";

    private readonly Dictionary<string, string[]> _fileLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of <paramref name="diagnostic"/>, found in <paramref name="report"/>, at <paramref name="uri"/> (with its base id).</summary>
    public string For(LintReport report, Diagnostic diagnostic, string uri)
    {
        var location = diagnostic.Location;
        var (section, line) = location.IsWholeFile ? (string.Empty, string.Empty) : Context(report, location);
        var identity = string.Join("\0", diagnostic.Id, section, line, Digits().Replace(diagnostic.Message, "#"));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)), 0, 8).ToLowerInvariant();
        var key = uri + "\0" + hash;
        _occurrences[key] = _occurrences.TryGetValue(key, out var seen) ? seen + 1 : 1;
        return hash + ":" + _occurrences[key];
    }

    private (string Section, string Line) Context(LintReport report, SourceLocation location)
    {
        var lineIndex = location.Line - 1;
        var document = report.Result.Document;
        if (document is not null && string.Equals(location.Path, report.DisplayPath, StringComparison.Ordinal))
        {
            var line = lineIndex < document.Source.LineCount ? document.Source.GetLine(lineIndex) : string.Empty;
            var heading = document.Headings.LastOrDefault(h => h.Heading.Line <= lineIndex).Title ?? string.Empty;
            return (Normalize(heading), Normalize(line));
        }

        // A finding in another file (an .editorconfig value, the agent instructions): its line is read from that file.
        var lines = LinesOf(report.FullPathOf(location));
        return (string.Empty, lineIndex < lines.Length ? Normalize(lines[lineIndex]) : string.Empty);
    }

    private string[] LinesOf(string fullPath)
    {
        if (_fileLines.TryGetValue(fullPath, out var cached)) return cached;
        string[] lines;
        try
        {
            lines = File.ReadAllText(fullPath).Replace("\r\n", "\n").Split('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The file changed or vanished since the lint: the rule and message still identify the finding.
            lines = Array.Empty<string>();
        }

        _fileLines[fullPath] = lines;
        return lines;
    }

    private static string Normalize(string text) => Whitespace().Replace(text.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
