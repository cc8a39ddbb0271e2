using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0011: a date after today (beyond a day of clock skew) is a typo, and hides real staleness.</summary>
internal sealed class StampDateMustNotBeInFutureRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampDateInFuture,
        "Last Updated date is in the future",
        "Last Updated date {0} is in the future; Expected: {1} or earlier",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        if (document.Stamp is not { Date: { } date } stamp) return;
        // One day of grace: the writer's time zone may already be in tomorrow.
        var latest = context.Today.AddDays(1);
        if (date > latest) context.Report(Rule, StampLocations.OfDate(document, stamp), StampLocations.Iso(date), StampLocations.Iso(latest));
    }
}
