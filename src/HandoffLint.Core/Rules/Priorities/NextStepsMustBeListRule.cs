using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;
using Markdig.Syntax;

namespace HandoffLint.Rules.Priorities;

/// <summary>HL0015: What's Next is the next session's work queue, so it is a list, one task per item.</summary>
internal sealed class NextStepsMustBeListRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NextStepsNotAList,
        "What's Next is not a list",
        "'## {0}' holds {1}; Expected: a list whose items start with {2}",
        RuleCategories.Priorities,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var section = document.FindSection(SectionKeys.WhatsNext);
        if (section is null || section.IsEmpty || Placeholders.IsPlaceholderOnly(document, section)) return;
        if (section.Blocks.Any(b => b is ListBlock)) return;
        var what = section.Blocks.Any(b => b is ParagraphBlock && IsTable(document.TextOf(b))) ? "a table"
            : section.Blocks.Any(b => b is HeadingBlock) ? "sub-headings but no list"
            : "no list";
        context.Report(Rule, document.LocationOf(section.Heading), section.Title, what, NextStepsShared.TagList(context));
    }

    // The parser runs without the tables extension (see HandoffDocument), so a pipe table arrives as a paragraph of '|' rows.
    private static bool IsTable(string paragraph)
    {
        var trimmed = paragraph.TrimStart();
        var secondLine = trimmed.IndexOf('\n');
        return trimmed.StartsWith("|", System.StringComparison.Ordinal) && secondLine > 0 && trimmed.IndexOf("-", secondLine, System.StringComparison.Ordinal) > 0;
    }
}
