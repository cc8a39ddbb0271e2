using System;

namespace HandoffLint.Parsing;

/// <summary>Where the note's Last Updated stamp was found.</summary>
public enum StampSource
{
    /// <summary>In the body of a <c>## Last Updated</c> section.</summary>
    Section,

    /// <summary>In the heading itself: <c>## Last Updated: 2026-03-31 (Session 30)</c>.</summary>
    Heading,

    /// <summary>On a line of its own outside the section: <c>**Last updated:** 2026-09-21</c>, <c>Written 2026-08-26.</c></summary>
    Line,

    /// <summary>In the front matter: <c>updated: 2026-10-06</c>.</summary>
    FrontMatter,

    /// <summary>In another heading near the top: <c># Session Handoff — 2026-05-18</c>, <c>## State (2026-10-04)</c>.</summary>
    OtherHeading,
}

/// <summary>The Last Updated stamp, as far as it could be read: a date, a session number, or both.</summary>
public sealed class LastUpdatedStamp
{
    internal LastUpdatedStamp(StampSource source, string text, int start)
    {
        Source = source;
        Text = text;
        Start = start;
    }

    /// <summary>Where the stamp was found.</summary>
    public StampSource Source { get; }

    /// <summary>The text that carries the stamp, as written.</summary>
    public string Text { get; }

    /// <summary>The 0-based offset of <see cref="Text"/> in the note.</summary>
    public int Start { get; }

    /// <summary>The 0-based offset just after <see cref="Text"/>.</summary>
    public int End => Start + Text.Length;

    /// <summary>The date as written, or null when there is none.</summary>
    public string? DateText { get; internal set; }

    /// <summary>The 0-based offset of <see cref="DateText"/> in the note.</summary>
    public int DateStart { get; internal set; }

    /// <summary>The date, when it was read and is a real calendar date.</summary>
    public DateTime? Date { get; internal set; }

    /// <summary>True when the date is written <c>YYYY-MM-DD</c>.</summary>
    public bool DateIsIso { get; internal set; }

    /// <summary>The session number as written (after the word Session), or null when there is none.</summary>
    public string? SessionText { get; internal set; }

    /// <summary>The 0-based offset of <see cref="SessionText"/> in the note.</summary>
    public int SessionStart { get; internal set; }

    /// <summary>The session number, when it is a positive integer.</summary>
    public int? Session { get; internal set; }

    /// <summary>The canonical form of this stamp, <c>YYYY-MM-DD (Session N)</c>, as far as its parts are known.</summary>
    public string? ToCanonical()
    {
        if (Date is null) return null;
        var date = Date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Session is null ? date : $"{date} (Session {Session.Value})";
    }
}
