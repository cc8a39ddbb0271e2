using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0008: without a date nobody can tell how old the note is.</summary>
internal sealed class StampMustHaveDateRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampDateMissing,
        "Last Updated has no date",
        "Last Updated has no date; Expected: 'YYYY-MM-DD (Session N)'; Actual: '{0}'",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var stamp = document.Stamp;
        if (stamp is null || stamp.DateText is not null || Structure.SchemaReport.LooseStampReported(context, stamp)) return;
        context.Report(Rule, StampLocations.OfStamp(document, stamp), stamp.Text);
    }
}
