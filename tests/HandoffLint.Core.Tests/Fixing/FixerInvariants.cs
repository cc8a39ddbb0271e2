using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Fixing;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Tests.Fixing;

/// <summary>
/// The promises of <c>handofflint fix</c>, checked on any note from the outside (by parsing the input and the output, not by
/// asking the fixer): idempotence, the user's lines kept in order, exactly the normalised lines changed and exactly as
/// promised, and a result the linter reads without failing and without the findings the fix claims to solve.
/// </summary>
internal static class FixerInvariants
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly Regex ListNumber = new(@"^(\s*)\d{1,9}([.)])\s*", RegexOptions.CultureInvariant);

    /// <summary>Fixes <paramref name="text"/> and checks every promise; returns the result for further assertions.</summary>
    public static FixResult FixAndCheck(string text, HandoffLintOptions? options = null)
    {
        options ??= new HandoffLintOptions();
        var fixer = new HandoffFixer();
        var result = fixer.Fix(SourceText.From(text), "docs/SESSION-HANDOFF.md", options);
        result.OriginalText.ShouldBe(text);
        result.Changed.ShouldBe(!string.Equals(text, result.FixedText, StringComparison.Ordinal));
        (result.Changes.Count > 0).ShouldBe(result.Changed, string.Join(Environment.NewLine, result.Changes));

        var again = fixer.Fix(SourceText.From(result.FixedText), "docs/SESSION-HANDOFF.md", options);
        again.FixedText.ShouldBe(result.FixedText, "fixing a fixed note must change nothing:" + Environment.NewLine +
            UnifiedDiff.Create(result.FixedText, again.FixedText, "once", "twice"));
        again.Changes.ShouldBeEmpty();

        CheckLinesKept(text, result.FixedText, options);
        CheckLint(text, result, options);
        return result;
    }

    /// <summary>
    /// Every original line is still there: lines outside What's Next's lists in the same relative order; the lines of those
    /// lists (which the sort may reorder and renumber) as a multiset; the stamp and misspelt tag lines rewritten exactly as promised.
    /// </summary>
    private static void CheckLinesKept(string original, string fixedText, HandoffLintOptions options)
    {
        var before = HandoffDocument.Parse(SourceText.From(original), "before.md", options);
        var after = HandoffDocument.Parse(SourceText.From(fixedText), "after.md", options);
        var oldLines = Lines(before.Source);
        var newLines = Lines(after.Source);

        var normalised = new Dictionary<int, Func<string, bool>>();
        foreach (var item in NextStepsReader.Read(before, options).Where(i => i.Kind == PriorityTagKind.Misspelt))
        {
            var line = before.Source.LineIndexOf(item.ContentStart);
            var column = item.ContentStart - before.Source.LineStart(line);
            var text = oldLines[line];
            var prefix = text.Substring(column, item.PrefixLength).Trim();
            var rest = text.Substring(column + item.PrefixLength).TrimStart();
            var lead = new string(prefix.TakeWhile(c => c == '*' || c == '_').ToArray());
            var tag = "[" + item.Tag + "]";
            var accepted = new[] { text.Substring(0, column) + tag + " " + rest, text.Substring(0, column) + tag + " " + lead + rest, text.Substring(0, column) + tag, text };
            normalised[line] = candidate => accepted.Any(a => MovableKey(a) == MovableKey(candidate));
        }

        // A heading that looks like a missing section may be renamed, keeping its words: "## Gotchas" becomes "## What Failed — Gotchas".
        foreach (var entry in before.Coverage.Sections.Where(e => e.State == SectionState.LooksLike && e.Heading is not null))
        {
            var line = before.Source.LineIndexOf(entry.Heading!.Span.Start);
            var words = Words(oldLines[line]);
            var name = entry.Section.Name;
            var written = oldLines[line];
            normalised[line] = candidate => candidate == written || (candidate.Contains(name, StringComparison.Ordinal) && words.IsSubsetOf(Words(candidate)));
        }

        // A stamp line above the first section may become the Last Updated heading and its canonical stamp.
        if (before.Stamp is { Source: StampSource.Line } loose && options.FindSection(SectionKeys.LastUpdated) is { } lastUpdated)
        {
            var line = before.Source.LineIndexOf(loose.Start);
            var written = oldLines[line];
            normalised[line] = candidate => candidate == written || candidate == "## " + lastUpdated.Name;
        }

        if (before.Stamp is { Source: StampSource.Section or StampSource.Heading } stamp)
        {
            var line = before.Source.LineIndexOf(stamp.Start);
            var text = oldLines[line];
            var accepted = new List<string> { text };
            if (stamp.Date is { } date && stamp.DateText is not null)
            {
                var iso = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                accepted.Add(text.Replace(stamp.DateText, iso));
                accepted.Add(text.Replace(stamp.Text.Trim(), stamp.ToCanonical()));
            }

            normalised[line] = candidate => accepted.Contains(candidate);
        }

        var movable = new HashSet<int>();
        var whatsNext = before.FindSection(SectionKeys.WhatsNext);
        foreach (var list in whatsNext?.Blocks.OfType<Markdig.Syntax.ListBlock>() ?? Enumerable.Empty<Markdig.Syntax.ListBlock>())
        {
            var first = before.Source.LineIndexOf(list.Span.Start);
            var last = before.Source.LineIndexOf(Math.Min(original.Length, LastOffset(list)));
            for (var i = first; i <= last; i++) movable.Add(i);
        }

        // Lines outside the sorted lists: a subsequence of the output, in order.
        var fixedIndex = 0;
        for (var i = 0; i < oldLines.Count; i++)
        {
            if (movable.Contains(i)) continue;
            var matches = normalised.TryGetValue(i, out var accepts) ? accepts : candidate => candidate == oldLines[i];
            while (fixedIndex < newLines.Count && !matches(newLines[fixedIndex])) fixedIndex++;
            fixedIndex.ShouldBeLessThan(newLines.Count, $"original line {i + 1} '{oldLines[i]}' is missing from the fixed note, or out of its order");
            fixedIndex++;
        }

        // Lines of the sorted lists: each still present (list numbers and indentation aside, which renumbering may adjust), as often as before.
        var available = newLines.Select(MovableKey).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        foreach (var i in movable.OrderBy(i => i))
        {
            var candidates = available.Keys.Where(k => available[k] > 0 && (normalised.TryGetValue(i, out var accepts) ? accepts(k) : k == MovableKey(oldLines[i]))).ToList();
            candidates.ShouldNotBeEmpty($"original What's Next line {i + 1} '{oldLines[i]}' is missing from the fixed note");
            available[candidates[0]]--;
        }
    }

    /// <summary>The fixed note lints without failure and without the findings the fixes claim to solve.</summary>
    private static void CheckLint(string original, FixResult result, HandoffLintOptions options)
    {
        var linter = new HandoffLinter(new FixedClock(Today));
        var lintOptions = options.Clone();
        lintOptions.GitRulesEnabled = false;
        var before = linter.LintText(original, "docs/SESSION-HANDOFF.md", lintOptions);
        var after = linter.LintText(result.FixedText, "docs/SESSION-HANDOFF.md", lintOptions);
        after.Document.ShouldNotBeNull();
        after.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError);

        // Never worse: the fixed note has no more findings than the note had.
        after.Diagnostics.Count.ShouldBeLessThanOrEqualTo(before.Diagnostics.Count,
            "findings before:" + Environment.NewLine + string.Join(Environment.NewLine, before.Diagnostics) + Environment.NewLine +
            "after:" + Environment.NewLine + string.Join(Environment.NewLine, after.Diagnostics));

        // Missing sections: only those the fixer said it left alone may remain.
        foreach (var missing in after.Diagnostics.Where(d => d.Id == RuleIds.RequiredSectionMissing))
        {
            result.Skipped.ShouldContain(s => s.StartsWith("Did not", StringComparison.Ordinal), missing.ToString());
        }

        // Order: inserting never adds an out-of-order section.
        after.Diagnostics.Count(d => d.Id == RuleIds.SectionOutOfOrder).ShouldBeLessThanOrEqualTo(before.Diagnostics.Count(d => d.Id == RuleIds.SectionOutOfOrder));

        // Tags: no misspelt tag is left unless the fixer said why.
        var items = NextStepsReader.Read(after.Document!, options);
        if (items.Any(i => i.Kind == PriorityTagKind.Misspelt)) result.Skipped.ShouldContain(s => s.StartsWith("Left the priority tag", StringComparison.Ordinal));

        // Priority order: solved, unless the items stand in separate lists.
        if (after.Diagnostics.Any(d => d.Id == RuleIds.NextStepsOutOfOrder)) result.Skipped.ShouldContain(s => s.Contains("separate lists"));

        // A stamp whose date was read is ISO afterwards.
        if (after.Document!.Stamp is { Date: not null, Source: StampSource.Section or StampSource.Heading } stamp) stamp.DateIsIso.ShouldBeTrue(stamp.Text);
        after.Diagnostics.Count(d => d.Id == RuleIds.StampDateNotIso).ShouldBeLessThanOrEqualTo(before.Diagnostics.Count(d => d.Id == RuleIds.StampDateNotIso));
    }

    private static HashSet<string> Words(string line) =>
        new(Regex.Matches(line, @"[\p{L}\p{N}]+").Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);

    private static List<string> Lines(SourceText source) => Enumerable.Range(0, source.LineCount).Select(source.GetLine).ToList();

    private static string MovableKey(string line) => ListNumber.Replace(line, "$1#$2 ").Trim();

    private static int LastOffset(Markdig.Syntax.Block block)
    {
        var last = block.Span.End;
        while (block is Markdig.Syntax.ContainerBlock container && container.Count > 0)
        {
            block = container[container.Count - 1];
            last = Math.Max(last, block.Span.End);
        }

        return last;
    }
}
