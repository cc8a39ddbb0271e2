using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>
/// Session sections appended one below another (<c>## Session 11 (2026-...)</c>, <c>## 2026-02-19 — ...</c>,
/// <c>## Updates from the 2026-06-19 session</c>): the note kept as a log instead of being rewritten each session.
/// </summary>
internal sealed class SessionLog
{
    internal static readonly SessionLog None = new(Array.Empty<SessionEntry>(), -1);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // "Session 12", "session #12", "세션 7", "第 3 次会话"; "session one/two" as people spell small numbers.
    private static readonly Regex SessionNumber = new(
        @"^(?:session\s*#?\s*(?<n>\d+)|\uC138\uC158\s*(?<n>\d+)|\u7B2C\s*(?<n>\d+)\s*\u6B21)", Options);

    private static readonly Regex SessionWord = new(
        @"\bsession\b(?:\s*#?\s*(?<n>\d+)|\s+(?<w>one|two|three|four|five|six|seven|eight|nine|ten)\b)?|\uC138\uC158|\u4F1A\u8BDD|\u6703\u8A71|\u30BB\u30C3\u30B7\u30E7\u30F3", Options);

    // "September 8 — ..." has no year; it still starts a dated entry.
    private static readonly Regex MonthDay = new(
        @"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", Options);

    private static readonly string[] SmallNumbers = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };

    private SessionLog(IReadOnlyList<SessionEntry> sessions, int latest)
    {
        Sessions = sessions;
        Latest = latest;
    }

    /// <summary>Every session section, in document order.</summary>
    public IReadOnlyList<SessionEntry> Sessions { get; }

    /// <summary>
    /// The index (into <see cref="Sessions"/>) of the session the note is for: the newest date or highest number, else the
    /// first; -1 when every session section is older than the note's stamp.
    /// </summary>
    public int Latest { get; }

    /// <summary>The sessions before the latest, in document order.</summary>
    public IEnumerable<SessionEntry> Earlier => Sessions.Where((_, i) => i != Latest);

    internal static SessionLog? Find(HandoffDocument document)
    {
        // Entries of one log stand at one heading level; the level with the most of them is the log.
        var byLevel = new Dictionary<int, List<SessionEntry>>();
        foreach (var (heading, title) in document.Headings)
        {
            // Every session heading carries a date or a number; most headings have no digit at all and cost nothing here.
            if (heading.Level < 2 || heading.Level > 4 || !HasDigit(title)) continue;
            var entry = Read(document, heading, title);
            if (entry is null) continue;
            if (!byLevel.TryGetValue(heading.Level, out var list)) byLevel[heading.Level] = list = new List<SessionEntry>();
            list.Add(entry);
        }

        var entries = byLevel.Values.OrderByDescending(l => l.Count).FirstOrDefault();
        if (entries is null || entries.Count < 2) return null;
        var latest = 0;
        for (var i = 1; i < entries.Count; i++)
        {
            if (Compare(entries[i], entries[latest]) > 0) latest = i;
        }

        // The stamp says which session the note is for: when every entry is older than it, every entry is an earlier one.
        if (document.Stamp is { } stamp && IsOlder(entries[latest], stamp)) latest = -1;
        return new SessionLog(entries, latest);
    }

    private static bool IsOlder(SessionEntry entry, LastUpdatedStamp stamp) =>
        (entry.Number is { } number && stamp.Session is { } session && number < session) ||
        (entry.Date is { } date && stamp.Date is { } stamped && date < stamped);

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c >= '0' && c <= '9') return true;
        }

        return false;
    }

    private static int Compare(SessionEntry a, SessionEntry b)
    {
        if (a.Date is { } da && b.Date is { } db && da != db) return da.CompareTo(db);
        if (a.Number is { } na && b.Number is { } nb && na != nb) return na.CompareTo(nb);
        return 0;
    }

    /// <summary>A session number, or null when it is too large to be one ("## Session 9999999999" once threw).</summary>
    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A session heading: it starts with a date or a session number, or it speaks of a session and carries a date or number.</summary>
    private static SessionEntry? Read(HandoffDocument document, HeadingBlock heading, string title)
    {
        var start = 0;
        while (start < title.Length && !char.IsLetterOrDigit(title[start])) start++;
        var words = title.Substring(start);
        var date = StampReader.FindStandaloneDate(words);
        var stamp = date is null ? null : new LastUpdatedStamp(StampSource.Line, words.Substring(date.Value.Index, date.Value.Length), 0);
        if (stamp is not null) StampReader.Read(stamp);
        var dated = stamp?.Date;

        int? number = null;
        var leading = SessionNumber.Match(words);
        if (leading.Success) number = Number(leading.Groups["n"].Value);
        var startsWithDate = date is { Index: 0 } || MonthDay.IsMatch(words);
        var mention = SessionWord.Match(words);
        if (number is null && mention.Success)
        {
            if (mention.Groups["n"].Success) number = Number(mention.Groups["n"].Value);
            else if (mention.Groups["w"].Success) number = Array.IndexOf(SmallNumbers, mention.Groups["w"].Value.ToLowerInvariant()) + 1;
        }

        var isWorkDone = document.Sections.Any(s => s.Heading == heading && s.Schema?.Key == Configuration.SectionKeys.WhatWasDone);
        var isSession = leading.Success || startsWithDate
            || (mention.Success && (dated is not null || number is not null))
            || (isWorkDone && dated is not null);
        return isSession ? new SessionEntry(heading, title, dated, number) : null;
    }
}

/// <summary>One session section of a <see cref="SessionLog"/>.</summary>
internal sealed class SessionEntry
{
    internal SessionEntry(HeadingBlock heading, string title, DateTime? date, int? number)
    {
        Heading = heading;
        Title = title;
        Date = date;
        Number = number;
    }

    /// <summary>The session's heading.</summary>
    public HeadingBlock Heading { get; }

    /// <summary>The heading's text.</summary>
    public string Title { get; }

    /// <summary>The session's date, when its heading has a full one.</summary>
    public DateTime? Date { get; }

    /// <summary>The session's number, when its heading has one.</summary>
    public int? Number { get; }
}
