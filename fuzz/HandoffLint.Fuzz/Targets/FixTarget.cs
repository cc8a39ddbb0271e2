using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Fixing;
using HandoffLint.Text;

namespace HandoffLint.Fuzz.Targets;

/// <summary>
/// The fixer on a note: it never throws and never adds a finding; it never loses a word; its list of changes says whether
/// it changed the text; and fixing what it wrote changes nothing.
/// </summary>
public sealed class FixTarget : IFuzzTarget
{
    /// <summary>
    /// Findings a fix may add on purpose: the bracketed hints of the sections it inserts are placeholders to fill (HL0007),
    /// and inserted sections make a note longer (HL0019).
    /// </summary>
    private static readonly HashSet<string> MayAdd = new(StringComparer.Ordinal) { RuleIds.PlaceholderLeft, RuleIds.HandoffTooLarge };

    private static readonly HashSet<string> MayAddWhenInserting = new(MayAdd, StringComparer.Ordinal) { RuleIds.StampDateMissing, RuleIds.StampSessionMissing };

    /// <summary>
    /// Words the stamp fixes may drop, as documented: "March 19th, 2026" becomes "2026-03-19", and a line saying only
    /// "**Last update:** 2026-9-2" becomes the heading "## Last Updated" over "2026-09-02" (the label's words said once, by
    /// the heading). Everything else the note says must still be there after a fix.
    /// </summary>
    private static readonly HashSet<string> DateWords = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames)
            .Concat(new[] { "Sept", "st", "nd", "rd", "th", "Last", "Updated", "Update" }).Where(w => w.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    private static readonly Regex Word = new(@"\p{L}+", RegexOptions.CultureInvariant);

    private static readonly HandoffFixer Fixer = new();

    public string Name => "fix";

    public Gen<string> Inputs(IReadOnlyList<string> corpus) => new LintTarget().Inputs(corpus);

    public IReadOnlyList<string> Check(string input)
    {
        var problems = new List<string>();
        try
        {
            var result = Fix(input);
            problems.AddRange(result.Skipped.Where(s => s.IndexOf("the fixer failed", StringComparison.Ordinal) >= 0).Select(s => "fixer-no-exception: " + s));
            if (result.Changed != (result.Changes.Count > 0))
            {
                problems.Add(result.Changed ? "changes-listed: the text changed with no change listed" : "changes-listed: changes were listed for a text that did not change");
            }

            if (!result.Changed) return problems;

            // What the CLI writes: the byte order mark the note came with, then the fixed text.
            var written = (input.StartsWith("\uFEFF", StringComparison.Ordinal) ? "\uFEFF" : string.Empty) + result.FixedText;
            var before = DiagnosticInvariants.CountById(LintTarget.Lint(input).Diagnostics);
            var after = DiagnosticInvariants.CountById(LintTarget.Lint(written).Diagnostics);
            // An inserted Last Updated section holds a placeholder until the user writes the stamp; a stamp given its section
            // (LooseStampFix) is judged by the stamp rules from then on: a session number it never had is HL0009 now, where
            // before the loose stamp's one report (HL0023) named the whole canonical form, session included.
            var mayAdd = result.Changes.Any(c => c.Contains("'## Last Updated'")) ? MayAddWhenInserting : MayAdd;
            // A look-alike heading renamed to its section keeps its level and its place, as documented: one at level 3 is then
            // that section at the wrong level (HL0025), and one out of the schema's order that section out of order (HL0004),
            // where before it was a missing section (HL0003) that the rename removes.
            var renames = result.Changes.Where(c => c.StartsWith("Renamed the heading '#", StringComparison.Ordinal)).ToArray();
            if (renames.Length > 0)
            {
                mayAdd = new HashSet<string>(mayAdd, StringComparer.Ordinal) { RuleIds.SectionOutOfOrder };
                if (renames.Any(c => !c.StartsWith("Renamed the heading '## ", StringComparison.Ordinal))) mayAdd.Add(RuleIds.SectionAtOtherLevel);
            }

            foreach (var (id, count) in after.Where(p => !mayAdd.Contains(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                var had = before.TryGetValue(id, out var b) ? b : 0;
                if (count > had) problems.Add($"never-adds-finding: {id} {had} -> {count}");
            }

            var lost = Words(result.OriginalText);
            foreach (var word in Words(result.FixedText)) lost.Remove(word);
            var missing = lost.Where(w => !DateWords.Contains(w)).Take(5).ToArray();
            if (missing.Length > 0) problems.Add("never-loses-a-word: " + string.Join(", ", missing.Select(w => "'" + w + "'")));

            var again = Fix(written);
            if (again.Changed) problems.Add("idempotent: a second fix changed the text again: " + string.Join("; ", again.Changes));
        }
        catch (Exception e)
        {
            problems.Add($"no-exception: {e.GetType().Name}: {e.Message}");
        }

        return problems;
    }

    /// <summary>Fixes <paramref name="text"/> (a leading U+FEFF is its byte order mark, as when read from a file).</summary>
    public static FixResult Fix(string text) => Fixer.Fix(SourceText.From(text), LintTarget.NotePath, new HandoffLintOptions());

    private static List<string> Words(string text) => Word.Matches(text).Select(m => m.Value.ToUpperInvariant()).ToList();
}
