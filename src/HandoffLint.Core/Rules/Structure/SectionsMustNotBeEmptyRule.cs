using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0006: a heading with nothing under it tells the next session nothing.</summary>
internal sealed class SectionsMustNotBeEmptyRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SectionEmpty,
        "Section is empty",
        "Section '## {0}' is empty; write what the next session needs, or 'None' if there is nothing",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        foreach (var section in document.Sections)
        {
            if (section.IsEmpty) context.Report(Rule, document.LocationOf(section.Heading), section.Title);
        }
    }
}
