using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>
/// HL0025: a schema section written at another heading level (<c>### What's Next</c>, <c># Key Decisions</c>) is found and
/// read, but tools and agents that look for <c>## What's Next</c> miss it, and a <c>###</c> section ends at the next
/// <c>###</c>. Reported at the heading, with the level to use.
/// </summary>
internal sealed class SectionHeadingsMustBeLevelTwoRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SectionAtOtherLevel,
        "Section heading is not at level 2",
        "Section '{0}' is a level-{1} heading; Expected: '## {2}' (level 2), so that every reader finds it",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        if (document.SectionsAtOtherLevels.Count == 0 || SchemaReport.SummaryReports(context)) return;
        foreach (var section in document.SectionsAtOtherLevels)
        {
            context.Report(Rule, document.LocationOf(section.Heading), RequiredSectionsMustExistRule.Marks(section.Heading.Level) + " " + section.Title, section.Heading.Level, section.Schema!.Name);
        }
    }
}
