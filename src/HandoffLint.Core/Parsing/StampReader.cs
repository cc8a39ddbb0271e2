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

    // "Session 30", "Session #30", "session: 30"; a word after "Session" ("Session end") is no number at all.
    private static readonly Regex SessionNumber = new(@"\bsession\s*[#:]?\s*(?<n>[+-]?\d[\w.,]*)", Options);

    /// <summary>The line form outside the section: <c>**Last updated:** 2026-09-21</c>, <c>&gt; _Last updated: 2026-06-09._</c></summary>
    internal static readonly Regex StampLine = new(
        @"^[\s>*_#-]*last[ \t-]*updated[\s*_]*(?:[:\uFF1A\u2013\u2014-]|\*\*:|:\*\*)[\s*_]*(?<value>.*)$", Options);

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

    private static void ReadDate(LastUpdatedStamp stamp)
    {
        var text = stamp.Text;
        var iso = IsoDate.Match(text);
        if (iso.Success)
        {
            stamp.DateText = iso.Value;
            stamp.DateStart = stamp.Start + iso.Index;
            stamp.DateIsIso = iso.Groups["m"].Length == 2 && iso.Groups["d"].Length == 2;
            stamp.Date = ToDate(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
            return;
        }

        foreach (var pattern in new[] { MonthFirstDate, DayFirstDate })
        {
            var match = pattern.Match(text);
            if (!match.Success) continue;
            stamp.DateText = match.Value;
            stamp.DateStart = stamp.Start + match.Index;
            var month = MonthNumber(match.Groups["month"].Value);
            stamp.Date = ToDate(match.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), match.Groups["d"].Value);
            return;
        }

        var slash = SlashDate.Match(text);
        if (slash.Success)
        {
            stamp.DateText = slash.Value;
            stamp.DateStart = stamp.Start + slash.Index;
            stamp.Date = ToDate(slash.Groups["y"].Value, slash.Groups["m"].Value, slash.Groups["d"].Value);
        }
    }

    private static void ReadSession(LastUpdatedStamp stamp)
    {
        var match = SessionNumber.Match(stamp.Text);
        if (!match.Success) return;
        var number = match.Groups["n"];
        var value = number.Value.TrimEnd('.', ',');
        stamp.SessionText = value;
        stamp.SessionStart = stamp.Start + number.Index;
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
