using System.Collections.Generic;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0005: each schema section appears once; a second copy is usually an appended old session.</summary>
public sealed class SectionsMustNotRepeatRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SectionDuplicated,
        "Section appears more than once",
        "Section '## {0}' appears again (first at line {1}); merge them into one",
        RuleCategories.Structure,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var first = new Dictionary<string, HandoffSection>();
        foreach (var section in document.Sections)
        {
            if (section.Schema is null) continue;
            if (first.TryGetValue(section.Schema.Key, out var original))
            {
                context.Report(Rule, document.LocationOf(section.Heading), section.Schema.Name, document.LocationOf(original.Heading).Line);
            }
            else
            {
                first[section.Schema.Key] = section;
            }
        }
    }
}
