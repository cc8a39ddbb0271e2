using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Content;

/// <summary>
/// HL0020: the pattern rewrites the note in full each session. Entries of earlier sessions under
/// What Was Done This Session mean the note is being appended to, and it will grow until agents stop reading it.
/// </summary>
internal sealed class SessionLogMustBeRewrittenRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SessionLogAppended,
        "What Was Done This Session holds earlier sessions",
        "'## {0}' holds {1} from before this session (first: '{2}'); rewrite it for this session only",
        RuleCategories.Content,
        DiagnosticSeverity.Warning);

    private static readonly Regex SessionMention = new(@"\bsession\s*#?\s*(?<n>\d+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex IsoDate = new(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d])", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var stamp = document.Stamp;
        var section = document.FindSection(SectionKeys.WhatWasDone);
        if (section is null || stamp is null || (stamp.Session is null && stamp.Date is null)) return;
        // Earlier sessions as headings of their own are one log, which HL0026 reports once.
        if (document.SessionLog is { } log && log.Sessions.Any(e => e.Heading.Span.Start >= section.Heading.Span.Start && e.Heading.Span.Start < section.ContentEnd)) return;

        var source = document.Source;
        var count = 0;
        int firstStart = -1, firstEnd = -1;
        var firstLine = source.LineIndexOf(section.ContentStart);
        var lastLine = source.LineIndexOf(Math.Max(section.ContentStart, section.ContentEnd - 1));
        for (var line = firstLine; line <= lastLine && line < source.LineCount; line++)
        {
            var text = source.GetLine(line);
            var match = FindEarlier(text, stamp.Session, stamp.Date);
            if (match is null) continue;
            count++;
            if (firstStart < 0)
            {
                firstStart = source.LineStart(line) + match.Index;
                firstEnd = firstStart + match.Length;
            }
        }

        if (count == 0) return;
        var entries = count == 1 ? "1 entry" : count.ToString(CultureInfo.InvariantCulture) + " entries";
        context.Report(Rule, document.LocationOf(firstStart, firstEnd), section.Title, entries, source.Text.Substring(firstStart, firstEnd - firstStart));
    }

    // Every bullet line has a '-'; an ISO date needs a digit right before one.
    private static bool HasDigitBeforeDash(string line)
    {
        for (var at = line.IndexOf('-'); at >= 0 && at + 1 < line.Length; at = line.IndexOf('-', at + 1))
        {
            if (at > 0 && char.IsDigit(line[at - 1])) return true;
        }

        return false;
    }

    private static Match? FindEarlier(string line, int? session, DateTime? date)
    {
        // Most lines mention neither a session nor a date; two ordinal searches spare them the regular expressions.
        if (line.IndexOf("ession", StringComparison.Ordinal) < 0 && line.IndexOf("ESSION", StringComparison.Ordinal) < 0) session = null;
        if (!HasDigitBeforeDash(line)) date = null;
        if (session is { } current)
        {
            foreach (Match match in SessionMention.Matches(line))
            {
                if (int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < current) return match;
            }
        }

        if (date is { } stamped)
        {
            foreach (Match match in IsoDate.Matches(line))
            {
                if (DateTime.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) && when < stamped) return match;
            }
        }

        return null;
    }
}
