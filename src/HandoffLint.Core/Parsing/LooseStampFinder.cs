using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;

namespace HandoffLint.Parsing;

/// <summary>
/// Finds a Last Updated stamp written outside <c>## Last Updated</c>, where real notes put it: in the front matter, or in the
/// note's first screen as a labelled line (<c>**Updated:** 2026-10-06</c>, <c>Written 2026-08-26.</c>), a heading with a
/// date (<c># Session Handoff — 2026-05-18</c>), or a short line of a few words and a date. The forms and labels are
/// described in <c>rules/names.md</c>.
/// </summary>
internal static class LooseStampFinder
{
    /// <summary>How many lines (after any front matter) count as the note's first screen.</summary>
    public const int FirstScreenLines = 25;

    // A label before a date says the date is the note's; a heading or a short line with a date probably does; the first
    // screen is read in that order of trust, top to bottom within each.
    private const int Labelled = 0;
    private const int InHeading = 1;
    private const int ShortLine = 2;

    private static readonly char[] Colons = { ':', '\uFF1A' };

    private static readonly string[] FrontMatterKeys = { "last_updated", "lastUpdated", "last-updated", "updated", "lastmod", "last_modified", "modified", "date", "timestamp" };

    private static readonly string[] Weekdays =
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    };

    private static readonly Lazy<HashSet<string>> Labels = new(() =>
        new HashSet<string>(NamesTable.StampLabels.Select(SectionNames.Normalize).Where(l => l.Length > 0), StringComparer.Ordinal));

    /// <summary>The stamp outside the Last Updated section, or null when the note's top has none.</summary>
    public static LastUpdatedStamp? Find(HandoffDocument document)
    {
        var front = document.FrontMatter;
        var fromFrontMatter = front?.Find(FrontMatterKeys);
        if (fromFrontMatter is { } entry && entry.Value.Length > 0)
        {
            var stamp = new LastUpdatedStamp(StampSource.FrontMatter, entry.Value, entry.ValueStart);
            StampReader.Read(stamp);
            if (stamp.DateText is not null)
            {
                var session = front!.Find("session", "session_number");
                if (stamp.SessionText is null && session is { } number) StampReader.ReadSessionFrom(stamp, "Session " + number.Value, number.ValueStart - "Session ".Length);
                return stamp;
            }
        }

        var source = document.Source;
        var first = front is null ? 0 : front.LineCount;
        var last = Math.Min(source.LineCount, first + FirstScreenLines);
        LastUpdatedStamp? best = null;
        var bestRank = int.MaxValue;
        for (var line = first; line < last && bestRank > Labelled; line++)
        {
            if (document.IsLineInCode(line)) continue;
            var text = source.GetLine(line);
            var (rank, valueStart, isHeading) = Classify(document, line, text);
            if (rank >= bestRank) continue;
            var value = text.Substring(valueStart).TrimEnd();
            var stamp = new LastUpdatedStamp(isHeading ? StampSource.OtherHeading : StampSource.Line, value, source.LineStart(line) + valueStart);
            StampReader.Read(stamp);
            if (stamp.DateText is null) continue;
            best = stamp;
            bestRank = rank;
        }

        return best;
    }

    /// <summary>How much a line is trusted as the stamp, and where its value starts; rank <see cref="int.MaxValue"/> for no date.</summary>
    private static (int Rank, int ValueStart, bool IsHeading) Classify(HandoffDocument document, int line, string text)
    {
        var trimmed = text.TrimStart();
        // Table rows hold dates of other things ("| Approved 2026-09-15 |"); so do HTML comments.
        if (trimmed.StartsWith("|", StringComparison.Ordinal) || trimmed.StartsWith("<!--", StringComparison.Ordinal)) return (int.MaxValue, 0, false);
        var isHeading = document.IsHeadingLine(line);
        if (StampReader.FindStandaloneDate(text) is null) return (int.MaxValue, 0, false);

        // "**Updated:** end of session 12, 23 August 2026": a label, a colon, and a date somewhere in the value.
        var colon = text.IndexOfAny(Colons);
        if (colon > 0 && colon <= 60 && Labels.Value.Contains(SectionNames.Normalize(text.Substring(0, colon)))) return (Labelled, 0, isHeading);

        for (var from = 0; from < text.Length;)
        {
            var date = StampReader.FindStandaloneDate(text, from);
            if (date is null) break;
            var clauseStart = ClauseStart(text, date.Value.Index);
            var words = WithoutWeekday(SectionNames.Normalize(text.Substring(clauseStart, date.Value.Index - clauseStart)));
            if (words.Length > 0 && Labels.Value.Contains(words)) return (Labelled, clauseStart, isHeading);
            // A label that ends the clause: "Everything a new agent needs. Written 2026-08-26.", "(updated 2026-06-29".
            foreach (var label in Labels.Value)
            {
                if (words.EndsWith(" " + label, StringComparison.Ordinal)) return (Labelled, clauseStart, isHeading);
            }

            from = date.Value.Index + date.Value.Length;
        }

        var firstDate = StampReader.FindStandaloneDate(text);
        if (firstDate is null) return (int.MaxValue, 0, false);
        var start = text.Length - trimmed.Length;
        if (isHeading) return (InHeading, start, true);
        var before = SectionNames.Normalize(text.Substring(0, firstDate.Value.Index));
        var wordCount = before.Length == 0 ? 0 : before.Split(' ').Length;
        // "SESSION HANDOFF — 2026-05-31", "**Monday 2026-08-24:** ...": a few words, then the date.
        return wordCount <= 4 ? (ShortLine, start, false) : (int.MaxValue, 0, false);
    }

    /// <summary>Where the clause holding a date starts: after the last sentence end, separator or opening bracket before it.</summary>
    private static int ClauseStart(string text, int dateIndex)
    {
        for (var i = dateIndex - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '|' || c == '\u00B7' || c == '(' || c == '\uFF08' || c == '\u2014' || c == ';' || c == '\u3002' ||
                ((c == '.' || c == '!' || c == '?') && i + 1 < text.Length && text[i + 1] == ' '))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string WithoutWeekday(string words)
    {
        foreach (var day in Weekdays)
        {
            if (words == day) return string.Empty;
            if (words.EndsWith(" " + day, StringComparison.Ordinal)) return words.Substring(0, words.Length - day.Length - 1);
        }

        return words;
    }
}
