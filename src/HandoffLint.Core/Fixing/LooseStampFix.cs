using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Fixing;

/// <summary>
/// Gives a stamp written outside <c>## Last Updated</c> its section, holding the stamp as <c>YYYY-MM-DD (Session N)</c> as
/// far as its parts are known (a session number is never invented).
/// </summary>
/// <remarks>
/// <para>A stamp line above the note's first section (<c>**Updated:** 2026-10-06</c> under the title) is where the schema
/// wants Last Updated anyway: a line that says nothing but the stamp becomes the heading and the canonical stamp; a line that
/// says more keeps every word, with the heading and the canonical stamp put above it. Nothing moves.</para>
/// <para>A stamp elsewhere (a date in the title or another heading, the front matter, a line inside another section) stays
/// where it is, and a <c>## Last Updated</c> section holding a copy is inserted where the schema's order puts it.</para>
/// </remarks>
internal static class LooseStampFix
{
    // Words a line may hold besides the date and the session number and still be replaced by the section: the words of
    // "## Last Updated" and month names, which the date's YYYY-MM-DD form says in numbers; "session" only when the stamp
    // has a number to write as "(Session N)". Any other word ("Created", "Date", a weekday) keeps the line, so that no
    // word of the user's is lost.
    private static readonly Regex Letters = new(@"\p{L}+", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> StampWords = new(
        new[] { "last", "updated", "update" }
            .Concat(new[] { "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december" }),
        StringComparer.Ordinal);

    public static string Apply(HandoffDocument document, FixSession session)
    {
        var text = document.Source.Text;
        var stamp = document.Stamp;
        var schema = session.Options.RequiredSections;
        var index = SchemaOrder.IndexOf(schema, SectionKeys.LastUpdated);
        if (stamp is null || !SchemaCoverage.IsLoose(stamp) || index < 0 || document.FindSection(SectionKeys.LastUpdated) is not null) return text;

        var source = document.Source;
        var line = source.LineIndexOf(stamp.Start);
        var canonical = stamp.ToCanonical();
        if (canonical is null)
        {
            session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
                "Did not write '## Last Updated' from the stamp on line {0}: its date '{1}' is not a calendar date; write the section yourself.", line + 1, stamp.DateText));
            return text;
        }

        var heading = "## " + schema[index].Name;
        var newLine = session.NewLine;
        if (stamp.Source == StampSource.Line && IsAboveFirstSection(document, line))
        {
            var start = source.LineStart(line);
            var end = source.LineEnd(line);
            var before = line > 0 && source.GetLine(line - 1).Trim().Length > 0 ? newLine : string.Empty;
            if (SaysOnlyTheStamp(source.GetLine(line), canonical) && SaysNoOtherWord(source.GetLine(line), heading + " " + canonical))
            {
                var after = line + 1 < source.LineCount && source.GetLine(line + 1).Trim().Length > 0 ? newLine : string.Empty;
                return Checked(document, session, line, TextEdit.Apply(text, new[] { new TextEdit(start, end, before + heading + newLine + canonical + after) }),
                    string.Format(CultureInfo.InvariantCulture, "Moved the Last Updated stamp on line {0} under a '{1}' heading, as '{2}'.", line + 1, heading, canonical));
            }

            return Checked(document, session, line, TextEdit.Apply(text, new[] { new TextEdit(start, start, before + heading + newLine + canonical + newLine + newLine) }),
                string.Format(CultureInfo.InvariantCulture, "Put a '{0}' heading holding '{1}' above the stamp on line {2}, which stays as written.", heading, canonical, line + 1));
        }

        var anchors = SchemaOrder.InOrderSections(document, schema);
        var (offset, where) = SchemaOrder.InsertionPoint(document, schema, anchors, index);
        var block = new StringBuilder();
        if (offset > 0)
        {
            if (text[offset - 1] != '\n' && text[offset - 1] != '\r') block.Append(newLine);
            if (!MissingSectionsFix.EndsWithBlankLine(text, offset)) block.Append(newLine);
        }

        block.Append(heading).Append(newLine).Append(canonical).Append(newLine);
        if (offset < text.Length) block.Append(newLine);
        var from = stamp.Source switch
        {
            StampSource.FrontMatter => "the front matter",
            StampSource.OtherHeading => "the heading on line " + (line + 1).ToString(CultureInfo.InvariantCulture),
            _ => "line " + (line + 1).ToString(CultureInfo.InvariantCulture),
        };
        return Checked(document, session, line, TextEdit.Apply(text, new[] { new TextEdit(offset, offset, block.ToString()) }),
            string.Format(CultureInfo.InvariantCulture, "Inserted '{0}' {1}, holding the stamp '{2}' read from {3}, which keeps it.", heading, where, canonical, from));
    }

    /// <summary>
    /// The fixed text when Markdown reads the new heading as the Last Updated section; else the note unchanged and a sentence
    /// saying why. A heading written inside a block of raw HTML that the stamp's line belongs to (an unclosed <c>&lt;!x</c>,
    /// a <c>&lt;div&gt;</c> with no blank line after it) is that block's text, and the date above it would have become the
    /// stamp (found by the fuzz suite).
    /// </summary>
    private static string Checked(HandoffDocument document, FixSession session, int line, string fixedText, string change)
    {
        if (HandoffDocument.TryParse(SourceText.From(fixedText, leadingByteOrderMark: false), session.Path, session.Options, out var fixedDocument, out _) &&
            fixedDocument?.FindSection(SectionKeys.LastUpdated) is not null)
        {
            session.Changes.Add(change);
            return fixedText;
        }

        session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
            "Did not write '## Last Updated' for the stamp on line {0}: Markdown would not read the heading there as a heading (it would land inside HTML or code); write the section yourself.", line + 1));
        return document.Source.Text;
    }

    // Sections written at another level count too: a stamp line below "# Next Steps" is one of What's Next's items, and
    // replacing it took it out of that list (HL0015; found by the fuzz suite).
    private static bool IsAboveFirstSection(HandoffDocument document, int line) =>
        document.Sections.Concat(document.SectionsAtOtherLevels).All(s => line < document.Source.LineIndexOf(Math.Max(0, s.Heading.Span.Start)));

    /// <summary>Whether a line holds nothing but a stamp: its label, the date, the session number and decoration.</summary>
    private static bool SaysOnlyTheStamp(string line, string canonical)
    {
        // The canonical form's own words ("session" of "(Session 14)"); Normalize would drop its parenthesis, so a plain split.
        var written = new HashSet<string>(canonical.ToLowerInvariant().Split(' ', '(', ')'), StringComparer.Ordinal);
        foreach (var word in SectionNames.Normalize(line).Split(' '))
        {
            if (word.Length == 0 || StampWords.Contains(word) || written.Contains(word) || IsNumber(word) || (word.Length > 1 && word[0] == 's' && IsNumber(word.Substring(1)))) continue;
            if (word.EndsWith("st", StringComparison.Ordinal) || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal) || word.EndsWith("th", StringComparison.Ordinal))
            {
                if (IsNumber(word.Substring(0, word.Length - 2))) continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether every word of <paramref name="line"/> is said again by <paramref name="replacement"/> or is one of the stamp's
    /// words that its numbers say. A second check, on the line as written: the heading reading above drops a trailing
    /// parenthesis, and "update:9999-1-1(n)" lost its "n" (found by the fuzz suite).
    /// </summary>
    private static bool SaysNoOtherWord(string line, string replacement)
    {
        var said = new HashSet<string>(Letters.Matches(replacement).Cast<Match>().Select(m => m.Value.ToLowerInvariant()), StringComparer.Ordinal);
        return Letters.Matches(line).Cast<Match>().Select(m => m.Value.ToLowerInvariant())
            .All(w => said.Contains(w) || StampWords.Contains(w) || w is "st" or "nd" or "rd" or "th" || (w == "s" && said.Contains("session")));
    }

    private static bool IsNumber(string word) => word.Length > 0 && word.All(char.IsDigit);
}
