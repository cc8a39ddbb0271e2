using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Priorities;

/// <summary>HL0017: tags outside the configured set, in another spelling, or doubled do not sort and do not filter.</summary>
internal sealed class NextStepPrioritiesMustBeKnownRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.NextStepPriorityUnknown,
        "What's Next item has an unknown or misspelt priority tag",
        "Priority tag '{0}' {1}; Expected: {2}",
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
            var location = document.LocationOf(item.ContentStart, item.ContentStart + item.PrefixLength);
            switch (item.Kind)
            {
                case PriorityTagKind.Misspelt:
                    context.Report(Rule, location, item.WrittenTag, "is not spelt as configured", "[" + item.Tag + "] ('handofflint fix' rewrites it)");
                    break;
                case PriorityTagKind.Unknown:
                    context.Report(Rule, location, item.WrittenTag, "is not in the configured set", "one of " + NextStepsShared.TagList(context) + " (or add it to handofflint.priority_tags)");
                    break;
                case PriorityTagKind.Multiple:
                    context.Report(Rule, location, item.WrittenTag, "is followed by another tag", "exactly one tag per item");
                    break;
            }
        }
    }
}
