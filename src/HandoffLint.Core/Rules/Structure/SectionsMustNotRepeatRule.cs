using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0005: each schema section appears once; a second copy is usually an appended old session.</summary>
internal sealed class SectionsMustNotRepeatRule : HandoffRule
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
        var log = document.SessionLog;
        foreach (var section in document.Sections)
        {
            if (section.Schema is null) continue;
            // "## Completed (2026-08-09)" over "## Completed (2026-08-06)": an appended session, reported once by HL0026.
            if (log is not null && log.Sessions.Any(e => e.Heading == section.Heading) && first.ContainsKey(section.Schema.Key)) continue;
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
