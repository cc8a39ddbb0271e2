using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Freshness;

/// <summary>Where the stamp rules point.</summary>
internal static class StampLocations
{
    /// <summary>The whole stamp text, or the Last Updated heading when the stamp has no text.</summary>
    public static SourceLocation OfStamp(HandoffDocument document, LastUpdatedStamp stamp)
    {
        if (stamp.Text.Length > 0) return document.LocationOf(stamp.Start, stamp.End);
        var section = document.FindSection(Configuration.SectionKeys.LastUpdated);
        return section is not null ? document.LocationOf(section.Heading) : document.LocationOf(stamp.Start, stamp.Start);
    }

    /// <summary>A stamp outside its section: its line (from its first non-blank character), or its value in the front matter.</summary>
    public static SourceLocation OfLooseStamp(HandoffDocument document, LastUpdatedStamp stamp) =>
        stamp.Source == StampSource.FrontMatter
            ? document.LocationOf(stamp.Start, stamp.End)
            : document.LocationOfLine(document.Source.LineIndexOf(stamp.Start));

    /// <summary>The date as written.</summary>
    public static SourceLocation OfDate(HandoffDocument document, LastUpdatedStamp stamp) =>
        document.LocationOf(stamp.DateStart, stamp.DateStart + (stamp.DateText?.Length ?? 0));

    /// <summary>The session number as written.</summary>
    public static SourceLocation OfSession(HandoffDocument document, LastUpdatedStamp stamp) =>
        document.LocationOf(stamp.SessionStart, stamp.SessionStart + (stamp.SessionText?.Length ?? 0));

    /// <summary>A date in the canonical form.</summary>
    public static string Iso(System.DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
