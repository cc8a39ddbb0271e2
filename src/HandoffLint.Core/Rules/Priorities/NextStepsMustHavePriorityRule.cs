using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Priorities;

/// <summary>HL0016: every item of What's Next starts with a priority tag, so the next session knows what comes first.</summary>
public sealed class NextStepsMustHavePriorityRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NextStepPriorityMissing,
        "What's Next item has no priority tag",
        "What's Next item has no priority tag{0}; Expected: one of {1} first",
        RuleCategories.Priorities,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        foreach (var item in NextStepsShared.Get(context).Items)
        {
            if (item.Kind != PriorityTagKind.None || item.FirstLine.Length == 0 || Placeholders.IsPlaceholder(item.FirstLine)) continue;
            var hint = item.LaterTag is null ? string.Empty : $" at its start ('{item.LaterTag}' stands later in the line; move it first)";
            context.Report(Rule, document.LocationOf(item.ContentStart, item.ContentStart + item.FirstLine.Length), hint, NextStepsShared.TagList(context));
        }
    }
}
