using System;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>HL0003: every section of the schema must be there as a <c>##</c> heading.</summary>
public sealed class RequiredSectionsMustExistRule : HandoffRule
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
        foreach (var section in context.Options.RequiredSections)
        {
            if (document.FindSection(section.Key) is not null) continue;

            // Say what the user wrote instead, and point at it: that is the fix's starting point.
            var atOtherLevel = document.Headings.FirstOrDefault(h => h.Heading.Level != 2 && (section.Matches(h.Title) || section.Matches(BeforeColon(h.Title))));
            if (atOtherLevel.Heading is not null)
            {
                context.Report(Rule, document.LocationOf(atOtherLevel.Heading), section.Name,
                    $"; found it as a level-{atOtherLevel.Heading.Level} heading '{atOtherLevel.Title}', make it '## {section.Name}'");
                continue;
            }

            if (section.Key == SectionKeys.LastUpdated && document.Stamp is { Source: StampSource.Line } stamp)
            {
                var line = document.Source.LineIndexOf(stamp.Start);
                context.Report(Rule, document.LocationOfLine(line), section.Name,
                    $"; found a stamp line instead, put '## {section.Name}' above '{stamp.ToCanonical() ?? "YYYY-MM-DD (Session N)"}'");
                continue;
            }

            context.Report(Rule, FirstLine(document), section.Name, "; " + WhereToAdd(context.Options.RequiredSections, section));
        }
    }

    private static string WhereToAdd(System.Collections.Generic.IReadOnlyList<SchemaSection> schema, SchemaSection missing)
    {
        var index = 0;
        while (index < schema.Count && schema[index].Key != missing.Key) index++;
        return index == 0
            ? "add it first" + (schema.Count > 1 ? $", before '## {schema[1].Name}'" : string.Empty)
            : $"add it after '## {schema[index - 1].Name}'";
    }

    private static SourceLocation FirstLine(HandoffDocument document) =>
        document.Source.LineCount > 0 && document.Source.Text.Length > 0 ? document.LocationOfLine(0) : new SourceLocation(document.Path, 1, 1, 1, 1);

    private static string BeforeColon(string title)
    {
        var colon = title.IndexOf(':');
        return colon > 0 ? title.Substring(0, colon) : title;
    }
}
