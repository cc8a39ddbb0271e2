using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0004: the schema's sections come in the schema's order, so every reader finds them in the same place.</summary>
internal sealed class SectionsMustFollowSchemaOrderRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SectionOutOfOrder,
        "Section is out of the schema's order",
        "Section '## {0}' is out of order; Expected: after '## {1}'. Schema order: {2}",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var schema = context.Options.RequiredSections;
        var present = SchemaOrder.FirstOccurrences(document, schema);
        var keep = new HashSet<int>(SchemaOrder.LongestInOrderRun(present));
        if (keep.Count == present.Count) return;
        var order = string.Join(", ", schema.Select(s => s.Name));
        for (var i = 0; i < present.Count; i++)
        {
            if (keep.Contains(i)) continue;
            var predecessor = schema.Take(present[i].Index).Select(s => s.Name).LastOrDefault(n => present.Any(p => p.Section.Schema!.Name == n)) ?? "the title";
            context.Report(Rule, document.LocationOf(present[i].Section.Heading), present[i].Section.Schema!.Name, predecessor, order);
        }
    }
}
