using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0004: the schema's sections come in the schema's order, so every reader finds them in the same place.</summary>
public sealed class SectionsMustFollowSchemaOrderRule : HandoffRule
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
        var seen = new HashSet<string>();
        var present = new List<(HandoffSection Section, int Index)>();
        foreach (var section in document.Sections)
        {
            if (section.Schema is null || !seen.Add(section.Schema.Key)) continue;
            present.Add((section, IndexOf(schema, section.Schema.Key)));
        }

        // Keep the longest run already in order and report only the rest: the fewest moves that fix the note.
        var keep = LongestIncreasingRun(present.Select(p => p.Index).ToArray());
        var order = string.Join(", ", schema.Select(s => s.Name));
        for (var i = 0; i < present.Count; i++)
        {
            if (keep.Contains(i)) continue;
            var predecessor = schema.Take(present[i].Index).Select(s => s.Name).LastOrDefault(n => present.Any(p => p.Section.Schema!.Name == n)) ?? "the title";
            context.Report(Rule, document.LocationOf(present[i].Section.Heading), present[i].Section.Schema!.Name, predecessor, order);
        }
    }

    private static int IndexOf(IReadOnlyList<Configuration.SchemaSection> schema, string key)
    {
        for (var i = 0; i < schema.Count; i++)
        {
            if (schema[i].Key == key) return i;
        }

        return -1;
    }

    private static HashSet<int> LongestIncreasingRun(int[] values)
    {
        var length = new int[values.Length];
        var previous = new int[values.Length];
        var best = -1;
        for (var i = 0; i < values.Length; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (values[j] < values[i] && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best]) best = i;
        }

        var keep = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i]) keep.Add(i);
        return keep;
    }
}
