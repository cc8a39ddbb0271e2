using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HandoffLint.Diagnostics;
using HandoffLint.Text;

namespace HandoffLint.Suppressions;

/// <summary>
/// Inline suppressions in the markdownlint mould, read from HTML comments:
/// <c>&lt;!-- handofflint-disable HL0007 --&gt;</c> … <c>&lt;!-- handofflint-enable HL0007 --&gt;</c>,
/// <c>handofflint-disable-next-line</c> and <c>handofflint-disable-file</c>. No ID means every rule.
/// </summary>
public sealed class SuppressionMap
{
    private const string AllRules = "*";

    private static readonly Regex Directive = new(
        @"<!--\s*handofflint-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)(?<ids>(?:[\s,]+[A-Za-z]{2}\d{4})*)\s*-->",
        RegexOptions.CultureInvariant);

    private readonly HashSet<string> _fileWide = new(StringComparer.OrdinalIgnoreCase);

    // Per 0-based line, the IDs disabled on it (null where nothing is).
    private readonly HashSet<string>?[] _lines;

    private SuppressionMap(int lineCount) => _lines = new HashSet<string>?[lineCount];

    /// <summary>A map that suppresses nothing.</summary>
    public static SuppressionMap Empty { get; } = new(0);

    /// <summary>Reads every directive of a note.</summary>
    public static SuppressionMap Read(SourceText source)
    {
        // Directives are lower-case, as in markdownlint; an ordinal search keeps notes without any nearly free.
        if (source.Text.IndexOf("handofflint-", StringComparison.Ordinal) < 0) return Empty;
        var map = new SuppressionMap(source.LineCount);

        var active = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var line = 0; line < source.LineCount; line++)
        {
            var text = source.GetLine(line);
            var lineIds = new HashSet<string>(active, StringComparer.OrdinalIgnoreCase);
            if (text.IndexOf("handofflint-", StringComparison.Ordinal) >= 0)
            {
                foreach (Match match in Directive.Matches(text))
                {
                    var ids = ParseIds(match.Groups["ids"].Value);
                    switch (match.Groups["kind"].Value.ToLowerInvariant())
                    {
                        case "disable-file":
                            map._fileWide.UnionWith(ids);
                            break;
                        case "disable":
                            active.UnionWith(ids);
                            lineIds.UnionWith(ids);
                            break;
                        case "enable":
                            if (ids.Contains(AllRules)) active.Clear();
                            else active.ExceptWith(ids);
                            break;
                        case "disable-line":
                            lineIds.UnionWith(ids);
                            break;
                        case "disable-next-line":
                            if (line + 1 < source.LineCount) (map._lines[line + 1] ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).UnionWith(ids);
                            break;
                    }
                }
            }

            if (lineIds.Count > 0) (map._lines[line] ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).UnionWith(lineIds);
        }

        return map;
    }

    /// <summary>Whether a diagnostic is suppressed where it stands.</summary>
    public bool IsSuppressed(string ruleId, SourceLocation location)
    {
        if (_fileWide.Contains(AllRules) || _fileWide.Contains(ruleId)) return true;
        if (location.IsWholeFile) return false;
        var index = location.Line - 1;
        if (index < 0 || index >= _lines.Length) return false;
        var ids = _lines[index];
        return ids is not null && (ids.Contains(AllRules) || ids.Contains(ruleId));
    }

    private static HashSet<string> ParseIds(string text)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(new[] { ' ', '\t', ',' }, StringSplitOptions.RemoveEmptyEntries)) ids.Add(part.ToUpperInvariant());
        if (ids.Count == 0) ids.Add(AllRules);
        return ids;
    }
}
