using System.Collections.Generic;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>
/// HL0003: every section of the schema must be there as a <c>##</c> heading. A section that only a heading of the note's
/// own resembles is reported at that heading; a note far from the schema is reported once, by HL0024.
/// </summary>
internal sealed class RequiredSectionsMustExistRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.RequiredSectionMissing,
        "Required section is missing",
        "Required section '## {0}' is missing{1}",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var coverage = document.Coverage;
        if (coverage.UnwrittenCount == 0 || SchemaReport.SummaryReports(context)) return;
        Dictionary<int, HandoffSection>? anchors = null;
        foreach (var entry in coverage.Sections)
        {
            var section = entry.Section;
            switch (entry.State)
            {
                case SectionState.LooksLike:
                    // Point at what the user wrote instead: that is where the fix starts.
                    var line = document.LocationOf(entry.Heading!).Line;
                    context.Report(Rule, document.LocationOf(entry.Heading!), section.Name,
                        $"; '{Marks(entry.Heading!.Level)} {entry.HeadingTitle}' at line {line} looks like it: rename it '## {section.Name}' ('handofflint fix' does), or add it as an alias (handofflint.section_aliases.{section.Key})");
                    break;
                case SectionState.Missing:
                    // A missing section has no line of its own: the finding stands for the whole note, on its first line, and says
                    // where the section belongs (where 'handofflint fix' inserts it).
                    anchors ??= SchemaOrder.InOrderSections(document, context.Options.RequiredSections);
                    var (_, where) = SchemaOrder.InsertionPoint(document, context.Options.RequiredSections, anchors, SchemaOrder.IndexOf(context.Options.RequiredSections, section.Key));
                    context.Report(Rule, FirstLine(document), section.Name, "; add it " + where);
                    break;
            }
        }
    }

    /// <summary>The heading marks of a level: <c>##</c> for 2.</summary>
    internal static string Marks(int level) => new('#', level < 1 ? 1 : level);

    private static SourceLocation FirstLine(HandoffDocument document) =>
        document.Source.LineCount > 0 && document.Source.Text.Length > 0 ? document.LocationOfLine(0) : new SourceLocation(document.Path, 1, 1, 1, 1);
}
