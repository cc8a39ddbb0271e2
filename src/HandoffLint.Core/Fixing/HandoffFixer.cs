using System;
using System.Collections.Generic;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Fixing;

/// <summary>
/// Applies the fixes that need no judgement to a handoff note, the engine of <c>handofflint fix</c>.
/// It never deletes or rewords the user's text, and fixing a fixed note changes nothing.
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
/// <item><b>Last Updated stamp.</b> Brought to <c>YYYY-MM-DD (Session N)</c> as far as its parts are known (<c>March 19, 2026</c>
/// becomes <c>2026-03-19</c>); a session number is kept, never invented. A stamp that says more than its date and session only
/// has its date rewritten. The heading form <c>## Last Updated: 2026-03-31 (Session 30)</c>, which the pattern itself uses,
/// stays in the heading.</item>
/// <item><b>Missing sections.</b> Each missing required section is inserted where the schema's order puts it, as its heading and
/// the template's bracketed hint (a generic hint for sections of a custom schema), which the placeholder rule then asks the user
/// to fill. A stamp written as a line outside any section (<c>**Last updated:** 2026-09-21</c>) gives the new
/// <c>## Last Updated</c> section its canonical stamp; the user's line stays where it was, word for word.</item>
/// </list>
/// <para>Existing lines keep their line endings; added lines use the note's dominant one. The byte order mark is the caller's to
/// keep: write <see cref="FixResult.FixedText"/> with <see cref="SourceText.Encode"/> of the source that was fixed.</para>
/// </remarks>
public sealed class HandoffFixer
{
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

    private static FixResult Fix(SourceText source, string path, HandoffLintOptions options, HandoffDocument? parsed)
    {
        var session = new FixSession(options, path, source.NewLine);
        var text = source.Text;
        try
        {
            var document = parsed;
            foreach (var fix in Fixes)
            {
                // A fix that changed nothing hands the same parse on; only a changed text is parsed again.
                if (document is null || !ReferenceEquals(document.Source.Text, text))
                {
                    if (!HandoffDocument.TryParse(SourceText.From(text), path, options, out document, out var failure) || document is null)
                    {
                        return Result(source.Text, source.Text, session, new[] { "Nothing was fixed: " + failure + "." });
                    }
                }

                text = fix(document, session);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fix that fails must not leave a half-fixed note behind: nothing is changed, and the reason is given.
            return Result(source.Text, source.Text, session, new[] { $"Nothing was fixed: the fixer failed ({e.GetType().Name}: {e.Message.TrimEnd('.')}). Please report this with the note." });
        }

        return Result(source.Text, text, session, session.Skipped);
    }

    private static readonly Func<HandoffDocument, FixSession, string>[] Fixes =
    {
        PriorityTagFix.Apply,
        NextStepsSortFix.Apply,
        StampFix.Apply,
        MissingSectionsFix.Apply,
    };

    private static FixResult Result(string original, string fixedText, FixSession session, IReadOnlyList<string> skipped)
    {
        // "Changed" and the list of changes must agree: no sentences for a text that came out the same.
        var changes = string.Equals(original, fixedText, StringComparison.Ordinal) ? (IReadOnlyList<string>)Array.Empty<string>() : session.Changes.ToArray();
        return new FixResult(original, fixedText, changes, skipped);
    }
}
