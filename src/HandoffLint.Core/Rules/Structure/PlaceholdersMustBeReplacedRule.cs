using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0007: template hints and TODO/TBD are not content; the next session learns nothing from them.</summary>
internal sealed class PlaceholdersMustBeReplacedRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.PlaceholderLeft,
        "Template placeholder left in",
        "Section '## {0}' still holds the placeholder '{1}'; replace it with what happened",
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
            // A section 'handofflint fix' inserted as a to-do is listed by the far-from-schema summary when that speaks.
            if (Placeholders.IsFixToDoOnly(document, section) && SchemaReport.SummaryReports(context)) continue;
            foreach (var block in Placeholders.Find(document, section))
            {
                var text = document.TextOf(block).Trim();
                if (text.Length > 60) text = text.Substring(0, 57) + "...";
                context.Report(Rule, document.LocationOf(block), section.Title, text);
            }
        }
    }
}
