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
        ReadDate(stamp);
        ReadSession(stamp);
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
