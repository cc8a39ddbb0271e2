using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>
/// HL0024: a note that follows little of the schema (three or more sections missing, only resembled, or still to-do) gets
/// one finding that says what was found where and what is missing, instead of one finding per section: a report a person
/// reads in ten seconds.
/// </summary>
internal sealed class NoteMustFollowSchemaRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.FarFromSchema,
        "Note follows little of the schema",
        "The note has {0} of the schema's {1} sections{2}. 'handofflint fix' {3}; or add your own headings as aliases (handofflint.section_aliases.KEY)",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var coverage = document.Coverage;
        if (!coverage.IsFarFromSchema) return;

        var parts = new List<string>();
        var found = coverage.Sections.Where(s => s.State is SectionState.Present or SectionState.AtOtherLevel)
            .Select(s => (s.State == SectionState.Present
                ? $"{s.Section.Name} (line {LineOf(document, s)}"
                : $"{s.Section.Name} (line {LineOf(document, s)}, as '{RequiredSectionsMustExistRule.Marks(s.Heading!.Level)}': make it '##'")
                + (s.Section.Key == SectionKeys.LastUpdated ? StampLacks(document.Stamp) : string.Empty) + ")")
            .ToList();
        if (found.Count > 0) parts.Add(string.Join(", ", found));
        foreach (var entry in coverage.Sections)
        {
            switch (entry.State)
            {
                case SectionState.LooseStamp:
                    var stampLine = document.Source.LineIndexOf(document.Stamp!.Start) + 1;
                    parts.Add($"Last Updated is the stamp {(document.Stamp.Source == StampSource.FrontMatter ? "in the front matter" : "on line " + stampLine)}, outside '## Last Updated'" + StampLacks(document.Stamp));
                    break;
                case SectionState.LooksLike:
                    parts.Add($"'{RequiredSectionsMustExistRule.Marks(entry.Heading!.Level)} {entry.HeadingTitle}' (line {LineOf(document, entry)}) looks like {entry.Section.Name}");
                    break;
                case SectionState.ToDo:
                    parts.Add($"{entry.Section.Name} is still a to-do (line {LineOf(document, entry)})");
                    break;
            }
        }

        var missing = coverage.Sections.Where(s => s.State == SectionState.Missing).Select(s => s.Section.Name).ToList();
        if (missing.Count > 0) parts.Add("missing: " + string.Join(", ", missing));
        var written = coverage.Sections.Count(s => !s.IsUnwritten);
        var fix = coverage.Sections.Any(s => s.State == SectionState.LooksLike) ? "renames the look-alikes and inserts the rest" : "inserts what is missing";
        context.Report(Rule, Where(document), written, coverage.Sections.Count, parts.Count == 0 ? string.Empty : (found.Count > 0 ? ": " : "; ") + string.Join("; ", parts), fix);
    }

    /// <summary>A missing session number, which HL0009 leaves to this finding while it speaks.</summary>
    private static string StampLacks(LastUpdatedStamp? stamp) =>
        stamp is { SessionText: null, DateText: not null } ? ", with no session number" : string.Empty;

    private static int LineOf(HandoffDocument document, SectionCoverage entry) => document.LocationOf(entry.Heading!).Line;

    /// <summary>Where the note's sections start (its first <c>##</c> heading), which is also where the fix inserts the missing ones.</summary>
    private static SourceLocation Where(HandoffDocument document)
    {
        if (document.Sections.Count > 0) return document.LocationOf(document.Sections[0].Heading);
        if (document.Headings.Count > 0) return document.LocationOf(document.Headings[0].Heading);
        var line = document.FrontMatter is null ? 0 : document.Source.LineIndexOf(document.FrontMatter.End);
        return line < document.Source.LineCount && document.Source.Text.Length > 0 ? document.LocationOfLine(line) : new SourceLocation(document.Path, 1, 1, 1, 1);
    }
}
