using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Priorities;

/// <summary>HL0018: the list is a queue: every P0 before every P1 before every P2.</summary>
internal sealed class NextStepsMustBeInPriorityOrderRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NextStepsOutOfOrder,
        "What's Next is not in priority order",
        "[{0}] item comes after a [{1}] item (line {2}); Expected: higher priorities first ('handofflint fix' sorts the list)",
        RuleCategories.Priorities,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        Parsing.NextStepItem? lowest = null;
        foreach (var item in NextStepsShared.Get(context).Items)
        {
            if (item.Priority is not { } priority) continue;
            if (lowest is not null && priority < lowest.Priority)
            {
                context.Report(Rule, document.LocationOf(item.ContentStart, item.ContentStart + item.PrefixLength), item.Tag, lowest.Tag,
                    document.Source.LineIndexOf(lowest.ContentStart) + 1);
                continue;
            }

            if (lowest is null || priority > lowest.Priority) lowest = item;
        }
    }
}
