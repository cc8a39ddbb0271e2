using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0010: a date that does not exist (2026-02-30) cannot be compared with anything.</summary>
internal sealed class StampDateMustBeCalendarDateRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampDateInvalid,
        "Last Updated date is not a calendar date",
        "Last Updated date '{0}' is not a calendar date; Expected: a real date as YYYY-MM-DD",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var stamp = document.Stamp;
        if (stamp?.DateText is null || stamp.Date is not null) return;
        context.Report(Rule, StampLocations.OfDate(document, stamp), stamp.DateText);
    }
}
