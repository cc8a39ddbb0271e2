using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Fixing;
using HandoffLint.Text;

namespace HandoffLint.Benchmarks;

/// <summary>
/// How HandoffLint meets a folder of real notes (<c>../shared/corpus/</c>): the figures issue 9 is judged on. Every note
/// is linted as the CLI's <c>--no-git</c> would (no .editorconfig, no git, judged on one fixed day), then fixed in memory
/// and linted again. Shared by the benchmark command (<c>-- corpus</c>), which prints it, and a test, which holds it to
/// the issue's targets.
/// </summary>
public sealed class CorpusReport
{
    /// <summary>The day every note is judged on, so that the figures do not drift with the calendar.</summary>
    public static readonly DateTimeOffset Day = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>How many lines from the top count as "near the top" for a date.</summary>
    public const int TopLines = 15;

    // Any date a person would recognise, found independently of the stamp reader so that the stamp figure means something:
    // 2026-03-31, 2026/03/31, March 31, 2026, 31 March 2026, Mar 31 2026.
    private static readonly Regex AnyDate = new(
        @"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{4}/\d{1,2}/\d{1,2}\b" +
        @"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b" +
        @"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private CorpusReport(IReadOnlyList<NoteFigures> notes) => Notes = notes;

    /// <summary>One row per note, in file-name order.</summary>
    public IReadOnlyList<NoteFigures> Notes { get; }

    /// <summary>All findings before fix.</summary>
    public int FindingsBefore => Notes.Sum(n => n.Before.Count);

    /// <summary>All findings after fix.</summary>
    public int FindingsAfter => Notes.Sum(n => n.After.Count);

    /// <summary>The median number of findings per note, before fix.</summary>
    public double MedianFindings
    {
        get
        {
            var counts = Notes.Select(n => n.Before.Count).OrderBy(c => c).ToArray();
            if (counts.Length == 0) return 0;
            return counts.Length % 2 == 1 ? counts[counts.Length / 2] : (counts[(counts.Length / 2) - 1] + counts[counts.Length / 2]) / 2.0;
        }
    }

    /// <summary>Findings (before fix) that point at line 1, column 1 or at no line: findings a reader cannot place.</summary>
    public int UnlocatedFindings => Notes.Sum(n => n.Before.Count(IsUnlocated));

    /// <summary>Notes that show a date in their first <see cref="TopLines"/> lines.</summary>
    public int NotesWithDateNearTop => Notes.Count(n => n.HasDateNearTop);

    /// <summary>Of those, the notes whose stamp date HandoffLint read.</summary>
    public int NotesWithDateNearTopRead => Notes.Count(n => n.HasDateNearTop && n.StampRead);

    /// <summary>Notes with more findings after fix than before.</summary>
    public IReadOnlyList<NoteFigures> WorseAfterFix => Notes.Where(n => n.After.Count > n.Before.Count).ToArray();

    /// <summary>Findings per rule ID before fix, most first.</summary>
    public IEnumerable<(string Id, int Count)> ByRule(bool after = false) =>
        Notes.SelectMany(n => after ? n.After : n.Before).GroupBy(d => d.Id).Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>Whether a finding has no useful position: the whole file, or line 1, column 1.</summary>
    public static bool IsUnlocated(Diagnostic diagnostic) =>
        diagnostic.Location.IsWholeFile || (diagnostic.Location.Line == 1 && diagnostic.Location.Column == 1);

    /// <summary>Lints and fixes every <c>*.md</c> note of <paramref name="folder"/> except its README.</summary>
    public static CorpusReport Create(string folder)
    {
        var linter = new HandoffLinter(new FixedClock(Day));
        var fixer = new HandoffFixer();
        var notes = new List<NoteFigures>();
        foreach (var path in Directory.GetFiles(folder, "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (string.Equals(name, "README.md", StringComparison.OrdinalIgnoreCase)) continue;
            if (!SourceText.TryDecode(File.ReadAllBytes(path), out var source, out _) || source is null) continue;
            var before = Lint(linter, source.Text);
            var fixedText = fixer.Fix(source, "docs/SESSION-HANDOFF.md", Options()).FixedText;
            var after = Lint(linter, fixedText);
            notes.Add(new NoteFigures(name, before.Diagnostics, after.Diagnostics, HasDate(source), before.Document?.Stamp?.Date is not null));
        }

        return new CorpusReport(notes);
    }

    /// <summary>The report as a person reads it; <paramref name="everyFinding"/> adds every note's findings, before and after fix.</summary>
    public string Format(bool everyFinding = false)
    {
        var text = new StringBuilder();
        void Line(string format, params object[] args) => text.AppendLine(string.Format(CultureInfo.InvariantCulture, format, args));
        Line("Corpus: {0} notes, judged on {1:yyyy-MM-dd}, without git or .editorconfig", Notes.Count, Day);
        Line("Median findings per note:            {0}", MedianFindings);
        Line("Findings unlocated at (1,1):         {0} of {1} ({2:P1})", UnlocatedFindings, FindingsBefore, Share(UnlocatedFindings, FindingsBefore));
        Line("Date in the first {0} lines, read:    {1} of {2} notes ({3:P1})", TopLines, NotesWithDateNearTopRead, NotesWithDateNearTop, Share(NotesWithDateNearTopRead, NotesWithDateNearTop));
        Line("Notes that fix makes worse:          {0}{1}", WorseAfterFix.Count, WorseAfterFix.Count == 0 ? string.Empty : " (" + string.Join(", ", WorseAfterFix.Take(12).Select(n => $"{n.Name} {n.Before.Count}->{n.After.Count}")) + (WorseAfterFix.Count > 12 ? ", ..." : string.Empty) + ")");
        Line("Findings before fix / after fix:     {0} / {1}", FindingsBefore, FindingsAfter);
        Line("Before fix, by rule:                 {0}", string.Join(", ", ByRule().Select(p => $"{p.Id} {p.Count}")));
        Line("After fix, by rule:                  {0}", string.Join(", ", ByRule(after: true).Select(p => $"{p.Id} {p.Count}")));
        var unread = Notes.Where(n => n.HasDateNearTop && !n.StampRead).Select(n => n.Name).ToArray();
        if (unread.Length > 0) Line("Date near the top but no stamp read: {0}", string.Join(", ", unread));
        if (!everyFinding) return text.ToString();
        foreach (var note in Notes)
        {
            Line("");
            Line("{0}: {1} findings, {2} after fix", note.Name, note.Before.Count, note.After.Count);
            foreach (var diagnostic in note.Before) Line("  {0}", diagnostic.ToString().Replace("docs/SESSION-HANDOFF.md", note.Name));
            foreach (var diagnostic in note.After) Line("  after fix: {0}", diagnostic.ToString().Replace("docs/SESSION-HANDOFF.md", note.Name));
        }

        return text.ToString();
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static HandoffLintOptions Options() => new() { GitRulesEnabled = false };

    private static LintResult Lint(HandoffLinter linter, string text) => linter.LintText(text, "docs/SESSION-HANDOFF.md", Options());

    private static bool HasDate(SourceText source)
    {
        for (var i = 0; i < Math.Min(TopLines, source.LineCount); i++)
        {
            if (AnyDate.IsMatch(source.GetLine(i))) return true;
        }

        return false;
    }

    /// <summary>One note's figures.</summary>
    public sealed record NoteFigures(string Name, IReadOnlyList<Diagnostic> Before, IReadOnlyList<Diagnostic> After, bool HasDateNearTop, bool StampRead);
}
