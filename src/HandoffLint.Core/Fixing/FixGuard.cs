using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;

namespace HandoffLint.Fixing;

/// <summary>
/// Checks each fix step against the linter: the findings of the text after the step, by rule, must not outnumber those
/// before it. A fix that would add a duplicate section (HL0005), break the schema's order (HL0004) or spoil a priority tag
/// is a bug of the fixer; the user's note must never pay for it.
/// </summary>
internal sealed class FixGuard
{
    /// <summary>Findings that say nothing about what a fix did: the size budget grows with any inserted section.</summary>
    private static readonly string[] AlwaysAllowed = { RuleIds.HandoffTooLarge };

    private readonly HandoffLintOptions _options;
    private readonly string _path;
    private readonly HandoffLinter _linter;
    private (string Text, Dictionary<string, int> Counts)? _last;

    public FixGuard(HandoffLintOptions options, string path, IClock clock)
    {
        _options = options;
        _path = path;
        _linter = new HandoffLinter(clock);
    }

    /// <summary>What the step from <paramref name="before"/> to <paramref name="after"/> added beyond <paramref name="mayAdd"/>, or null.</summary>
    public string? Added(string before, string after, IReadOnlyCollection<string> mayAdd)
    {
        var had = Count(before);
        var has = Count(after);
        var added = has.Where(p => !mayAdd.Contains(p.Key) && !AlwaysAllowed.Contains(p.Key) && p.Value > (had.TryGetValue(p.Key, out var n) ? n : 0))
            .Select(p => p.Key)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        return added.Length == 0 ? null : string.Join(", ", added);
    }

    private Dictionary<string, int> Count(string text)
    {
        // Each step's result is the next step's input: the last count is reused.
        if (_last is { } last && ReferenceEquals(last.Text, text)) return last.Counts;
        var request = new LintRequest(_path) { Text = text, Options = _options, UseEditorConfig = false, RepositoryRoot = string.Empty, KeepLeadingByteOrderMark = true };
        request.Configure = options => options.GitRulesEnabled = false;
        var counts = _linter.Lint(request).Diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _last = (text, counts);
        return counts;
    }
}
