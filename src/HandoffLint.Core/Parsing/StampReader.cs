using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace HandoffLint.Parsing;

/// <summary>Reads a date and a session number out of the text of a Last Updated stamp.</summary>
internal static class StampReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Any four-digit year, month and day: validated afterwards, so that 2026-02-30 is reported, not ignored.
    private static readonly Regex IsoDate = new(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d])", Options);

    private static readonly Regex MonthFirstDate = new(
        @"\b(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", Options);

    private static readonly Regex DayFirstDate = new(
        @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?<y>\d{4})\b", Options);

    private static readonly Regex SlashDate = new(@"(?<![\d/])(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})(?![\d/])", Options);

    // "Session 30", "Session #30", "session: 30", "(build session 1)", "S12", "세션 7"; a word after "Session" ("Session end")
    // is no number at all. "S12" only with a capital S and digits alone, so that "s3" or "S3-bucket" stay words.
    private static readonly Regex SessionNumber = new(
        @"\bsession\s*[#:]?\s*(?<n>[+-]?\d[\w.,]*)|(?<![\w-])(?-i:S)(?<n>\d{1,4})(?![\w-])|\uC138\uC158\s*(?<n>\d+)", Options);

    /// <summary>Fills the stamp's date and session from its text.</summary>
    internal static void Read(LastUpdatedStamp stamp)
    {
        if (TryReadCanonical(stamp)) return;
        ReadDate(stamp);
        ReadSession(stamp);
    }

    // The form the schema asks for, "2026-03-31 (Session 30)", read without regular expressions: it is what most notes
    // that follow the pattern carry, and every lint reads it.
    private static bool TryReadCanonical(LastUpdatedStamp stamp)
    {
        var text = stamp.Text.TrimEnd();
        const string Session = " (Session ";
        if (text.Length < 10 + Session.Length + 2 || text[text.Length - 1] != ')' || text[4] != '-' || text[7] != '-') return false;
        if (string.CompareOrdinal(text, 10, Session, 0, Session.Length) != 0) return false;
        var number = text.Substring(10 + Session.Length, text.Length - 11 - Session.Length);
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var session) || session <= 0) return false;
        var date = ToDate(text.Substring(0, 4), text.Substring(5, 2), text.Substring(8, 2));
        if (date is null || !IsDigits(text, 0, 4) || !IsDigits(text, 5, 2) || !IsDigits(text, 8, 2)) return false;
        stamp.DateText = text.Substring(0, 10);
        stamp.DateStart = stamp.Start;
        stamp.DateIsIso = true;
        stamp.Date = date;
        stamp.SessionText = number;
        stamp.SessionStart = stamp.Start + 10 + Session.Length;
        stamp.Session = session;
        return true;
    }

    private static bool IsDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9') return false;
        }

        return true;
    }

    /// <summary>
    /// The first date at or after <paramref name="from"/> in <paramref name="line"/> that stands on its own: not inside code
    /// (<c>`...`</c>) and not part of a file name or identifier (<c>docs/2026-08-09-design.md</c>). Returns its index and length.
    /// </summary>
    internal static (int Index, int Length)? FindStandaloneDate(string line, int from = 0)
    {
        var best = (Index: -1, Length: 0);
        foreach (var pattern in DatePatterns)
        {
            for (var match = pattern.Match(line, from); match.Success; match = match.NextMatch())
            {
                if (best.Index >= 0 && match.Index >= best.Index) break;
                if (!StandsAlone(line, match.Index, match.Length)) continue;
                best = (match.Index, match.Length);
                break;
            }
        }

        return best.Index < 0 ? null : best;
    }

    private static readonly Regex[] DatePatterns = { IsoDate, MonthFirstDate, DayFirstDate, SlashDate };

    private static bool StandsAlone(string line, int index, int length)
    {
        var ticks = 0;
        for (var i = 0; i < index; i++)
        {
            if (line[i] == '`') ticks++;
        }

        if (ticks % 2 == 1) return false;
        if (index > 0 && (line[index - 1] == '/' || line[index - 1] == '_' || line[index - 1] == '\\' || char.IsLetter(line[index - 1]))) return false;
        var end = index + length;
        if (end < line.Length)
        {
            var next = line[end];
            var afterNext = end + 1 < line.Length ? line[end + 1] : ' ';
            if (char.IsLetter(next) || next == '_' || next == '\\') return false;
            if ((next == '-' || next == '.' || next == '/') && char.IsLetter(afterNext)) return false;
        }

        return true;
    }

    private static void ReadDate(LastUpdatedStamp stamp)
    {
        // The earliest date of any form: "Updated September 5, 2026, after the 2026-09-01 release" is September 5.
        var text = stamp.Text;
        Match? earliest = null;
        foreach (var pattern in DatePatterns)
        {
            var match = pattern.Match(text);
            if (match.Success && (earliest is null || match.Index < earliest.Index)) earliest = match;
        }

        if (earliest is null) return;
        stamp.DateText = earliest.Value;
        stamp.DateStart = stamp.Start + earliest.Index;
        if (earliest.Groups["month"].Success)
        {
            var month = MonthNumber(earliest.Groups["month"].Value);
            stamp.Date = ToDate(earliest.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), earliest.Groups["d"].Value);
            return;
        }

        stamp.DateIsIso = earliest.Value.IndexOf('-') > 0 && earliest.Groups["m"].Length == 2 && earliest.Groups["d"].Length == 2;
        stamp.Date = ToDate(earliest.Groups["y"].Value, earliest.Groups["m"].Value, earliest.Groups["d"].Value);
    }

    /// <summary>Reads a session number written apart from the stamp (front matter's <c>session: 12</c>), as if it were <paramref name="text"/> at <paramref name="start"/>.</summary>
    internal static void ReadSessionFrom(LastUpdatedStamp stamp, string text, int start)
    {
        var match = SessionNumber.Match(text);
        if (!match.Success) return;
        SetSession(stamp, match.Groups["n"], start);
    }

    private static void ReadSession(LastUpdatedStamp stamp)
    {
        var match = SessionNumber.Match(stamp.Text);
        if (!match.Success) return;
        SetSession(stamp, match.Groups["n"], stamp.Start);
    }

    private static void SetSession(LastUpdatedStamp stamp, Group number, int start)
    {
        var value = number.Value.TrimEnd('.', ',', '_', '*');
        stamp.SessionText = value;
        stamp.SessionStart = start + number.Index;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var session) && session > 0)
        {
            stamp.Session = session;
        }
    }

    private static DateTime? ToDate(string year, string month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ||
            !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
    }

    private static int MonthNumber(string month)
    {
        var key = month.Substring(0, 3).ToLowerInvariant();
        return Array.IndexOf(new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }, key) + 1;
    }
}
