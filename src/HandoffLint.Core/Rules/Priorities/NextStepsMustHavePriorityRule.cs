using System.Globalization;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Priorities;

/// <summary>
/// HL0016: every item of What's Next starts with a priority tag, so the next session knows what comes first. A list with
/// no tag at all is one finding, at its first item: the fix is the same for every item, and twenty lines would say it no better.
/// </summary>
internal sealed class NextStepsMustHavePriorityRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NextStepPriorityMissing,
        "What's Next item has no priority tag",
        "What's Next {0} priority tag{1}; Expected: one of {2} first",
        RuleCategories.Priorities,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var untagged = NextStepsShared.Get(context).Items
            .Where(item => item.Kind == PriorityTagKind.None && item.FirstLine.Length > 0 && !Placeholders.IsPlaceholder(item.FirstLine))
            .ToList();
        if (untagged.Count == 0) return;
        var tags = NextStepsShared.TagList(context);
        if (untagged.Count > 1 && untagged.Count == NextStepsShared.Get(context).Items.Count && untagged.All(i => i.LaterTag is null))
        {
            var first = untagged[0];
            context.Report(Rule, document.LocationOf(first.ContentStart, first.ContentStart + first.FirstLine.Length),
                "has " + untagged.Count.ToString(CultureInfo.InvariantCulture) + " items, none with a", string.Empty, tags);
            return;
        }

        foreach (var item in untagged)
        {
            var hint = item.LaterTag is null ? string.Empty : $" at its start ('{item.LaterTag}' stands later in the line; move it first)";
            context.Report(Rule, document.LocationOf(item.ContentStart, item.ContentStart + item.FirstLine.Length), "item has no", hint, tags);
        }
    }
}
