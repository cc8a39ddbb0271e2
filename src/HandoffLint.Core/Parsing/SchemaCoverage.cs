using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>Where one schema section stands in a note.</summary>
internal enum SectionState
{
    /// <summary>Its <c>##</c> heading is there.</summary>
    Present,

    /// <summary>Its heading is there at another level (<c>### What's Next</c>).</summary>
    AtOtherLevel,

    /// <summary>Last Updated only: no section, but a stamp elsewhere (<c>**Updated:** 2026-10-06</c>, front matter, the title).</summary>
    LooseStamp,

    /// <summary>No heading names it, but one looks like it (<c>## Durable gotchas</c> for What Failed).</summary>
    LooksLike,

    /// <summary>Its heading is there, holding only the to-do line <c>handofflint fix</c> inserted.</summary>
    ToDo,

    /// <summary>Nothing in the note stands for it.</summary>
    Missing,
}

/// <summary>One schema section and where the note has it.</summary>
internal sealed class SectionCoverage
{
    internal SectionCoverage(SchemaSection section, SectionState state, HeadingBlock? heading, string? headingTitle)
    {
        Section = section;
        State = state;
        Heading = heading;
        HeadingTitle = headingTitle;
    }

    /// <summary>The schema section.</summary>
    public SchemaSection Section { get; }

    /// <summary>Where it stands.</summary>
    public SectionState State { get; }

    /// <summary>The heading that holds or resembles it, when there is one.</summary>
    public HeadingBlock? Heading { get; }

    /// <summary>That heading's text, as written.</summary>
    public string? HeadingTitle { get; }

    /// <summary>Whether the section still has to be written: missing, only resembled, or a to-do.</summary>
    public bool IsUnwritten => State is SectionState.Missing or SectionState.LooksLike or SectionState.ToDo;
}

/// <summary>
/// The note against the schema, section by section: what is there, what is elsewhere, what only looks like a section and
/// what is missing. The structure rules and <c>handofflint fix</c> read the note through this, so that what the report says
/// and what the fix does agree.
/// </summary>
internal sealed class SchemaCoverage
{
    /// <summary>
    /// From this many unwritten sections on (half of the pattern's six), the note is reported in one finding rather than one
    /// per section: three or more lines that all say "missing" read worse than one that says what is where.
    /// </summary>
    public const int FarFromSchemaThreshold = 3;

    private SchemaCoverage(IReadOnlyList<SectionCoverage> sections) => Sections = sections;

    /// <summary>Every schema section, in schema order.</summary>
    public IReadOnlyList<SectionCoverage> Sections { get; }

    /// <summary>How many sections are missing, only resembled, or still a to-do.</summary>
    public int UnwrittenCount => Sections.Count(s => s.IsUnwritten);

    /// <summary>Whether the note follows so little of the schema that one finding says it better than one per section.</summary>
    public bool IsFarFromSchema => UnwrittenCount >= FarFromSchemaThreshold;

    /// <summary>The entry of the section with <paramref name="key"/>, or null when the schema has no such section.</summary>
    public SectionCoverage? Find(string key) => Sections.FirstOrDefault(s => s.Section.Key == key);

    internal static SchemaCoverage Of(HandoffDocument document)
    {
        var entries = new SectionCoverage[document.Schema.Count];
        var used = new HashSet<HeadingBlock>();
        for (var i = 0; i < document.Schema.Count; i++)
        {
            var schema = document.Schema[i];
            var found = document.FindSection(schema.Key);
            if (found is null) continue;
            used.Add(found.Heading);
            var state = found.Heading.Level != 2 ? SectionState.AtOtherLevel
                : Placeholders.IsFixToDoOnly(document, found) ? SectionState.ToDo
                : SectionState.Present;
            entries[i] = new SectionCoverage(schema, state, found.Heading, found.Title);
        }

        // Headings that name no section may look like one; each serves the first section (in schema order) it resembles.
        List<(HeadingBlock Heading, string Title, HeadingForms Forms)>? unnamed = null;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is not null) continue;
            var schema = document.Schema[i];
            if (schema.Key == SectionKeys.LastUpdated && document.Stamp is { } stamp && IsLoose(stamp))
            {
                entries[i] = new SectionCoverage(schema, SectionState.LooseStamp, null, null);
                continue;
            }

            unnamed ??= Unnamed(document, used);
            var alike = unnamed.FirstOrDefault(h => !used.Contains(h.Heading) && schema.LooksLike(h.Forms));
            if (alike.Heading is not null)
            {
                used.Add(alike.Heading);
                entries[i] = new SectionCoverage(schema, SectionState.LooksLike, alike.Heading, alike.Title);
                continue;
            }

            entries[i] = new SectionCoverage(schema, SectionState.Missing, null, null);
        }

        return new SchemaCoverage(entries);
    }

    /// <summary>Whether a stamp stands outside the Last Updated section.</summary>
    public static bool IsLoose(LastUpdatedStamp stamp) => stamp.Source is StampSource.Line or StampSource.OtherHeading or StampSource.FrontMatter;

    // The note's own headings below its title (levels 2 and 3, then deeper) that name no schema section.
    private static List<(HeadingBlock, string, HeadingForms)> Unnamed(HandoffDocument document, HashSet<HeadingBlock> used)
    {
        var list = new List<(HeadingBlock Heading, string Title, HeadingForms Forms)>();
        foreach (var (heading, title) in document.Headings)
        {
            if (heading.Level < 2 || used.Contains(heading)) continue;
            var forms = SectionNames.Read(title);
            if (document.Schema.Any(s => s.IsNamedBy(forms))) continue;
            list.Add((heading, title, forms));
        }

        // Stable: level 2 first, document order within a level.
        return list.OrderBy(h => h.Heading.Level == 2 ? 0 : 1).ToList();
    }
}
