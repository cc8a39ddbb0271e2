using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using Markdig.Syntax;

namespace HandoffLint.Fixing;

/// <summary>
/// Brings the Last Updated stamp to <c>YYYY-MM-DD (Session N)</c> as far as its parts are known, where it stands:
/// in the section's first paragraph or in the heading (<c>## Last Updated: 2026-03-31 (Session 30)</c> stays a heading).
/// </summary>
/// <remarks>
/// When the stamp says nothing but its date and session (<c>March 19, 2026 - Session 12</c>), the whole stamp becomes canonical.
/// When it says more (<c>March 19, 2026, after the release</c>), only the date is rewritten, so no word is lost.
/// A session number is kept, never invented; a stamp without a readable calendar date is left alone.
/// </remarks>
internal static class StampFix
{
    private static readonly Regex SessionWords = new(@"\bsession\s*[#:]?\s*\d+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // What may surround a date and a session number without saying anything: blanks, brackets, emphasis, separators.
    private const string Decoration = "*_()[],.;:|#~-\u2013\u2014\u00B7/";

    public static string Apply(HandoffDocument document, FixSession session)
    {
        var stamp = document.Stamp;
        if (stamp is null || stamp.Source == StampSource.Line || stamp.Date is null || stamp.DateText is null) return document.Source.Text;

        var raw = stamp.Text;
        var lead = raw.Length - raw.TrimStart().Length;
        var core = raw.Trim();
        if (core.Length == 0) return document.Source.Text;
        var coreStart = stamp.Start + lead;
        var line = document.Source.LineIndexOf(coreStart) + 1;
        var isoDate = stamp.Date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        string replacement;
        int start, end;
        if (CanRewriteWhole(document, stamp) && SaysOnlyDateAndSession(core, stamp.DateStart - coreStart, stamp.DateText))
        {
            (start, end, replacement) = (coreStart, coreStart + core.Length, stamp.ToCanonical()!);
        }
        else
        {
            (start, end, replacement) = (stamp.DateStart, stamp.DateStart + stamp.DateText.Length, isoDate);
        }

        var current = document.Source.Text.Substring(start, end - start);
        if (string.Equals(current, replacement, StringComparison.Ordinal)) return document.Source.Text;
        session.Changes.Add(string.Format(CultureInfo.InvariantCulture,
            "Normalised the Last Updated stamp on line {0} from '{1}' to '{2}'.", line, current, replacement));
        return TextEdit.Apply(document.Source.Text, new[] { new TextEdit(start, end, replacement) });
    }

    /// <summary>
    /// The whole stamp may be rewritten when it is the heading's value or a plain paragraph (not a list item or a quote,
    /// whose markers are structure), and when its session, if any, is a readable number (so rewriting loses nothing).
    /// </summary>
    private static bool CanRewriteWhole(HandoffDocument document, LastUpdatedStamp stamp)
    {
        if (stamp.SessionText is not null && stamp.Session is null) return false;
        if (stamp.Source == StampSource.Heading) return true;
        var section = document.FindSection(SectionKeys.LastUpdated);
        var first = section?.Blocks.FirstOrDefault(b => b is not HtmlBlock);
        return first is ParagraphBlock && first.Span.Start == stamp.Start;
    }

    private static bool SaysOnlyDateAndSession(string core, int dateOffset, string dateText)
    {
        if (dateOffset < 0 || dateOffset + dateText.Length > core.Length) return false;
        var rest = core.Remove(dateOffset, dateText.Length);
        var session = SessionWords.Match(rest);
        if (session.Success) rest = rest.Remove(session.Index, session.Length);
        return rest.All(c => char.IsWhiteSpace(c) || Decoration.IndexOf(c) >= 0);
    }
}
