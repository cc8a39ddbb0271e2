using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0014: a note older than the allowed age no longer describes the project.</summary>
internal sealed class HandoffMustBeFreshRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.HandoffStale,
        "Handoff note is stale",
        "Last Updated is {0}, {1} days before today ({2}); Expected: at most {3} days. Rewrite the note, or raise handofflint.max_age_days",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        if (document.Stamp is not { Date: { } date } stamp) return;
        var age = (int)(context.Today - date).TotalDays;
        if (age > context.Options.MaxAgeDays)
        {
            context.Report(Rule, StampLocations.OfDate(document, stamp), StampLocations.Iso(date), age, StampLocations.Iso(context.Today), context.Options.MaxAgeDays);
        }
    }
}
