using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Fixing;

/// <summary>
/// Applies the fixes that need no judgement to a handoff note, the engine of <c>handofflint fix</c>.
/// It never deletes or rewords the user's text, it never leaves the note with more findings than it had, and fixing a fixed
/// note changes nothing.
/// </summary>
/// <remarks>
/// <para>The fixes, in the order they run (each on a fresh parse of the previous one's result):</para>
/// <list type="number">
/// <item><b>Priority tags.</b> A configured tag in another spelling (<c>P0:</c>, <c>(P0)</c>, <c>[p0]</c>, <c>**P0**</c>) at the start of
/// a What's Next item becomes <c>[P0]</c> and one space. Unknown tags (<c>[P3]</c>) and doubled tags are left for the user.</item>
/// <item><b>Priority order.</b> Each What's Next list is stable-sorted by priority. An item moves whole, with its continuation lines
/// and nested sub-items. Items without a known priority never move; the ranked items are sorted among the places ranked items
/// held (so a note between items stays where it was). An ordered list numbered 1, 2, 3 before is renumbered; other numbers
/// travel with their items. Items are never moved from one list to another.</item>
/// <item><b>Look-alike headings.</b> A heading that looks like a missing section (<c>## Durable gotchas</c> for What Failed) is
/// renamed to the section's name, keeping its level, numbering and words (<c>## What Failed — Durable gotchas</c>), rather than a
/// second section being inserted beside it (<see cref="LookAlikeRenameFix"/>).</item>
/// <item><b>A stamp outside its section.</b> It gets a <c>## Last Updated</c> section holding it as <c>YYYY-MM-DD (Session N)</c>
/// (<see cref="LooseStampFix"/>).</item>
/// <item><b>Last Updated stamp.</b> Brought to <c>YYYY-MM-DD (Session N)</c> as far as its parts are known (<c>March 19, 2026</c>
/// becomes <c>2026-03-19</c>); a session number is kept, never invented. A stamp that says more than its date and session only
/// has its date rewritten. The heading form <c>## Last Updated: 2026-03-31 (Session 30)</c>, which the pattern itself uses,
/// stays in the heading.</item>
/// <item><b>Missing sections.</b> Each section nothing stands for is inserted where the schema's order puts it, as its heading and
/// one <c>TODO(handofflint): ...</c> line, which the linter reports once until it is replaced (<see cref="MissingSectionsFix"/>).</item>
/// </list>
/// <para>Each fix is kept only if the note has no more findings after it than before (the git rules aside, which the text does
/// not decide): renaming a heading to What's Next can bring its untagged items under the priority rules, and inserting sections
/// can push a note over its size budget. A fix that would is left undone, and <see cref="FixResult.Skipped"/> says so. So is a fix
/// that, run again on its own result, would change it again: its edit landed where Markdown does not read it as meant (a heading
/// written inside an unclosed code block), and every later <c>fix</c> would repeat it. The fixes then run again, until a pass
/// changes nothing (at most three passes), because one fix can make another due: so a second <c>fix</c> finds nothing to do.
/// A fix answers findings of given rules and is made only while one of them is reported, as <c>dotnet format</c> fixes
/// only what is reported: a team that set HL0003 to <c>none</c> does not get the sections it chose not to keep, and
/// nothing below a <c>&lt;!-- handofflint-disable --&gt;</c> is fixed for a finding the comment silences. Only the two stamp fixes may change which date is read as the note's stamp: sections inserted above a stamp the fixer
/// could not use (<c>updated 2026-2-0</c>) could push it out of the note's first screen, and an unrelated date would become
/// the stamp; such an insertion is left undone too.</para>
/// <para>Existing lines keep their line endings; added lines use the note's dominant one. The byte order mark is the caller's to
/// keep: write <see cref="FixResult.FixedText"/> with <see cref="SourceText.Encode"/> of the source that was fixed.</para>
/// </remarks>
public sealed class HandoffFixer
{
    /// <summary>Passes over the note at most: one usually settles it, and a note that has not settled after three never will.</summary>
    private const int MaxPasses = 3;

    private readonly HandoffLinter _linter;

    /// <summary>Creates a fixer.</summary>
    /// <param name="clock">
    /// The clock the fixer's own lints judge dates by (a fix is kept only when it adds no finding); no fix writes a date it did not
    /// read from the note.
    /// </param>
    public HandoffFixer(IClock? clock = null) => _linter = new HandoffLinter(clock);

    /// <summary>
    /// Fixes <paramref name="source"/>, the note at <paramref name="path"/> (used in messages only), under <paramref name="options"/>.
    /// Never throws for any text: a note it cannot parse comes back unchanged, with the reason in <see cref="FixResult.Skipped"/>.
    /// </summary>
    public FixResult Fix(SourceText source, string path, HandoffLintOptions options)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        return Fix(source, path, options, parsed: null);
    }

    /// <summary>
    /// Fixes a note resolved by <see cref="ResolvedNote.Resolve"/>, under its options and starting from its parse.
    /// </summary>
    /// <exception cref="ArgumentException">The note has no text (it is missing or could not be read).</exception>
    public FixResult Fix(ResolvedNote note)
    {
        if (note is null) throw new ArgumentNullException(nameof(note));
        if (note.Source is null) throw new ArgumentException("The note has no text to fix.", nameof(note));
        return Fix(note.Source, note.DisplayPath, note.Options, note.Document);
    }

    private FixResult Fix(SourceText source, string path, HandoffLintOptions options, HandoffDocument? parsed)
    {
        var session = new FixSession(options, path, source.NewLine);
        var lintOptions = options.Clone();
        lintOptions.GitRulesEnabled = false;
        var text = source.Text;
        try
        {
            var document = parsed;
            List<Diagnostic>? findings = null;
            // Passes until the text settles: a fix can make another one due (sections inserted above a loose stamp make it a
            // line of a section, which then needs its own '## Last Updated'), and a second `fix` must find nothing to do.
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var passStart = text;
                var skippedBefore = session.Skipped.Count;
                foreach (var (fix, answers, mayChangeStamp) in Fixes(options))
                {
                    // A fix that changed nothing hands the same parse on; only a changed text is parsed again.
                    if (document is null || !ReferenceEquals(document.Source.Text, text))
                    {
                        // The text's byte order mark, if it had one, is gone already: a U+FEFF left at its start is the note's own.
                        if (!HandoffDocument.TryParse(SourceText.From(text, leadingByteOrderMark: false), path, options, out document, out var failure) || document is null)
                        {
                            return Result(source.Text, source.Text, session, new[] { "Nothing was fixed: " + failure + "." });
                        }
                    }

                    findings ??= Lint(text, path, lintOptions).Findings;
                    if (answers is not null && !findings.Any(f => Array.IndexOf(answers, f.Id) >= 0)) continue;

                    var changes = session.Changes.Count;
                    var skipped = session.Skipped.Count;
                    var fixedText = fix(document, session);
                    if (ReferenceEquals(fixedText, text) || string.Equals(fixedText, text, StringComparison.Ordinal)) continue;

                    // One parse of the fixed text serves every check below: its findings, its stamp, and the fix run on it again.
                    var (after, fixedDocument) = Lint(fixedText, path, lintOptions);
                    var added = Added(findings, after);
                    // Never worse; and idempotent: an edit Markdown does not read where it was meant (a heading written inside an
                    // unclosed code block) would be made again by every later fix, so it is not made at all.
                    var refusal = added.Count > 0 ? "the note would then have more findings (" + string.Join(", ", added) + ")"
                        : !mayChangeStamp && !SameStampDate(document, fixedDocument) ? "another date would then be read as the note's Last Updated stamp"
                        : !Settles(fix, fixedText, fixedDocument, session) ? "the note would not read as fixed (the change would land inside a code block or HTML)"
                        : null;
                    if (refusal is not null)
                    {
                        // The fix is undone and said so.
                        var what = session.Changes.Count > changes ? session.Changes[changes] : "a fix";
                        session.Changes.RemoveRange(changes, session.Changes.Count - changes);
                        session.Skipped.RemoveRange(skipped, session.Skipped.Count - skipped);
                        session.Skipped.Add(string.Format(CultureInfo.InvariantCulture, "Did not apply this fix, because {0}: {1}", refusal, what));
                        continue;
                    }

                    text = fixedText;
                    findings = after;
                    document = fixedDocument;
                }

                // A later pass refuses what an earlier one refused, at lines the earlier changes moved: said once.
                var said = new HashSet<string>(session.Skipped.Take(skippedBefore).Select(WithoutNumbers), StringComparer.Ordinal);
                for (var i = session.Skipped.Count - 1; i >= skippedBefore && pass > 0; i--)
                {
                    if (said.Contains(WithoutNumbers(session.Skipped[i]))) session.Skipped.RemoveAt(i);
                }

                if (string.Equals(text, passStart, StringComparison.Ordinal)) break;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fix that fails must not leave a half-fixed note behind: nothing is changed, and the reason is given.
            return Result(source.Text, source.Text, session, new[] { $"Nothing was fixed: the fixer failed ({e.GetType().Name}: {e.Message.TrimEnd('.')}). Please report this with the note." });
        }

        return Result(source.Text, text, session, session.Skipped);
    }

    private static string WithoutNumbers(string sentence) => new(sentence.Where(c => !char.IsDigit(c)).ToArray());

    /// <summary>Whether <paramref name="fix"/>, run again on the text it produced, leaves it as it is.</summary>
    private static bool Settles(Func<HandoffDocument, FixSession, string> fix, string fixedText, HandoffDocument? fixedDocument, FixSession session)
    {
        if (fixedDocument is null) return false;
        var again = fix(fixedDocument, new FixSession(session.Options, session.Path, session.NewLine));
        return ReferenceEquals(again, fixedText) || string.Equals(again, fixedText, StringComparison.Ordinal);
    }

    /// <summary>Whether the note's stamp, after a fix, is still the date it was before (or still none).</summary>
    private static bool SameStampDate(HandoffDocument before, HandoffDocument? after) =>
        after is not null && string.Equals(before.Stamp?.DateText, after.Stamp?.DateText, StringComparison.Ordinal);

    private static readonly string[] SectionMissing = { RuleIds.RequiredSectionMissing, RuleIds.FarFromSchema };

    /// <summary>
    /// The fixes in the order they run, each with the rules whose findings it answers (null: it runs whatever is reported) and
    /// whether it may change which date is the note's stamp.
    /// </summary>
    private static IEnumerable<(Func<HandoffDocument, FixSession, string> Fix, string[]? Answers, bool MayChangeStamp)> Fixes(HandoffLintOptions options)
    {
        yield return (PriorityTagFix.Apply, new[] { RuleIds.NextStepPriorityUnknown, RuleIds.NextStepPriorityMissing }, false);
        yield return (NextStepsSortFix.Apply, new[] { RuleIds.NextStepsOutOfOrder }, false);
        // One section at a time, so that one look-alike or one insertion that would add findings does not hold back the others.
        // A look-alike of Last Updated renamed to it gives a stamp its section, as the stamp fixes do.
        foreach (var section in options.RequiredSections) yield return ((d, s) => LookAlikeRenameFix.Apply(d, s, section.Key), SectionMissing, section.Key == SectionKeys.LastUpdated);
        yield return (LooseStampFix.Apply, new[] { RuleIds.StampOutsideSection, RuleIds.FarFromSchema }, true);
        // The stamp's canonical form is written whatever is reported: "(session 12)" for "(Session 12)" is no finding.
        yield return (StampFix.Apply, null, true);
        foreach (var section in options.RequiredSections) yield return ((d, s) => MissingSectionsFix.Apply(d, s, section.Key), SectionMissing, section.Key == SectionKeys.LastUpdated);
    }

    /// <summary>The findings for <paramref name="text"/> and its parse (null when the note could not be parsed).</summary>
    /// <remarks>The fixer's texts have lost their byte order mark already, so a U+FEFF at the start is the note's own and is linted as such.</remarks>
    private (List<Diagnostic> Findings, HandoffDocument? Document) Lint(string text, string path, HandoffLintOptions options)
    {
        var result = _linter.Lint(new LintRequest(path) { Text = text, Options = options, UseEditorConfig = false, RepositoryRoot = string.Empty, KeepLeadingByteOrderMark = true });
        return (result.Diagnostics.ToList(), result.Document);
    }

    /// <summary>The findings (by rule) that <paramref name="after"/> has more of than <paramref name="before"/>, when it has more in all; else none.</summary>
    private static List<string> Added(List<Diagnostic> before, List<Diagnostic> after)
    {
        if (after.Count <= before.Count) return new List<string>();
        var counts = before.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return after.GroupBy(d => d.Id)
            .Where(g => g.Count() > (counts.TryGetValue(g.Key, out var n) ? n : 0))
            .Select(g => g.Key)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
    }

    private static FixResult Result(string original, string fixedText, FixSession session, IReadOnlyList<string> skipped)
    {
        // "Changed" and the list of changes must agree: no sentences for a text that came out the same.
        var changes = string.Equals(original, fixedText, StringComparison.Ordinal) ? (IReadOnlyList<string>)Array.Empty<string>() : session.Changes.ToArray();
        return new FixResult(original, fixedText, changes, skipped);
    }
}
