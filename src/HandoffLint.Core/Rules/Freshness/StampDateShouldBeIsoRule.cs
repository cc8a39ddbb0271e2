using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0013: 'March 19, 2026' reads fine to people, but scripts and other tools sort and compare YYYY-MM-DD.</summary>
internal sealed class StampDateShouldBeIsoRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampDateNotIso,
        "Last Updated date is not written YYYY-MM-DD",
        "Last Updated date is written '{0}'; Expected: '{1}'",
        RuleCategories.Freshness,
        DiagnosticSeverity.Suggestion);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        if (document.Stamp is not { Date: { } date, DateIsIso: false } stamp || Structure.SchemaReport.LooseStampReported(context, stamp)) return;
        context.Report(Rule, StampLocations.OfDate(document, stamp), stamp.DateText, StampLocations.Iso(date));
    }
}
