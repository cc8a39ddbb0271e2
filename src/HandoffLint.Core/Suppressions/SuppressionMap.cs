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
/// <remarks>
/// A disable/enable pair is kept as a range of lines per ID, and a line-only directive as that line's own IDs: reading costs
/// time in proportion to the note plus the IDs its directives name, and a lookup is a binary search. (Copying the set of
/// disabled IDs for every line made one directive naming 3,000 IDs over 81 KB cost 7.7 s.)
/// </remarks>
internal sealed class SuppressionMap
{
    private const string AllRules = "*";

    private static readonly Regex Directive = new(
        @"<!--\s*handofflint-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)(?<ids>(?:[\s,]+[A-Za-z]{2}\d{4})*)\s*-->",
        RegexOptions.CultureInvariant);

    private readonly HashSet<string> _fileWide = new(StringComparer.OrdinalIgnoreCase);

    // Per ID, the 0-based line ranges [Start, End) a disable/enable pair covers, in the order they start.
    private readonly Dictionary<string, List<(int Start, int End)>> _ranges = new(StringComparer.OrdinalIgnoreCase);

    // Per 0-based line, the IDs a disable-line or disable-next-line directive names for that line alone.
    private readonly Dictionary<int, HashSet<string>> _lineOnly = new();

    private SuppressionMap()
    {
    }

    /// <summary>A map that suppresses nothing.</summary>
    public static SuppressionMap Empty { get; } = new();

    /// <summary>Reads every directive of a note.</summary>
    public static SuppressionMap Read(SourceText source)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        // Directives are lower-case, as in markdownlint; an ordinal search keeps notes without any nearly free.
        if (source.Text.IndexOf("handofflint-", StringComparison.Ordinal) < 0) return Empty;
        var map = new SuppressionMap();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // ID -> the line its range started on.

        for (var start = source.Text.IndexOf("handofflint-", StringComparison.Ordinal); start >= 0;)
        {
            var line = source.LineIndexOf(start);
            foreach (Match match in Directive.Matches(source.GetLine(line)))
            {
                var ids = ParseIds(match.Groups["ids"].Value);
                switch (match.Groups["kind"].Value)
                {
                    case "disable-file":
                        map._fileWide.UnionWith(ids);
                        break;
                    case "disable":
                        foreach (var id in ids)
                        {
                            if (!open.ContainsKey(id)) open[id] = line;
                        }

                        break;
                    case "enable":
                        // The enabling line itself stays suppressed, as the directive stands on it.
                        foreach (var id in ids.Contains(AllRules) ? new List<string>(open.Keys) : new List<string>(ids))
                        {
                            if (open.TryGetValue(id, out var from)) map.AddRange(id, from, line + 1);
                            open.Remove(id);
                        }

                        break;
                    case "disable-line":
                        map.AddLineOnly(line, ids);
                        break;
                    case "disable-next-line":
                        if (line + 1 < source.LineCount) map.AddLineOnly(line + 1, ids);
                        break;
                }
            }

            // Each line is read once, however many directives it holds.
            var next = line + 1 < source.LineCount ? source.LineStart(line + 1) : source.Text.Length;
            start = next < source.Text.Length ? source.Text.IndexOf("handofflint-", next, StringComparison.Ordinal) : -1;
        }

        foreach (var pair in open) map.AddRange(pair.Key, pair.Value, int.MaxValue);
        return map;
    }

    /// <summary>How many (ID, range) and (ID, line) entries the map holds: bounded by the IDs its directives name, never by lines.</summary>
    internal int StoredEntries
    {
        get
        {
            var count = _fileWide.Count;
            foreach (var ranges in _ranges.Values) count += ranges.Count;
            foreach (var ids in _lineOnly.Values) count += ids.Count;
            return count;
        }
    }

    /// <summary>Whether a diagnostic is suppressed where it stands.</summary>
    public bool IsSuppressed(string ruleId, SourceLocation location)
    {
        if (_fileWide.Contains(AllRules) || _fileWide.Contains(ruleId)) return true;
        if (location.IsWholeFile) return false;
        var index = location.Line - 1;
        if (index < 0) return false;
        if (_lineOnly.TryGetValue(index, out var ids) && (ids.Contains(AllRules) || ids.Contains(ruleId))) return true;
        return Covers(ruleId, index) || Covers(AllRules, index);
    }

    private bool Covers(string id, int line)
    {
        if (!_ranges.TryGetValue(id, out var ranges)) return false;
        // The last range starting at or before the line; ranges start in order and meet at most on one line.
        int low = 0, high = ranges.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (ranges[middle].Start <= line)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found >= 0 && ranges[found].End > line;
    }

    private void AddRange(string id, int start, int end)
    {
        if (!_ranges.TryGetValue(id, out var ranges)) _ranges[id] = ranges = new List<(int, int)>();
        ranges.Add((start, end));
    }

    private void AddLineOnly(int line, HashSet<string> ids)
    {
        if (_lineOnly.TryGetValue(line, out var existing)) existing.UnionWith(ids);
        else _lineOnly[line] = ids;
    }

    private static HashSet<string> ParseIds(string text)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(new[] { ' ', '\t', ',', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)) ids.Add(part.ToUpperInvariant());
        if (ids.Count == 0) ids.Add(AllRules);
        return ids;
    }
}
