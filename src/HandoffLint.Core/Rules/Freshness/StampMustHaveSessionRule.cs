using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0009: the session number orders the notes and tells whether the note was really rewritten.</summary>
internal sealed class StampMustHaveSessionRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampSessionMissing,
        "Last Updated has no session number",
        "Last Updated has no session number; Expected: '{0}'; Actual: '{1}'",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var stamp = document.Stamp;
        // A loose stamp's report already gives its whole canonical form, session number included.
        if (stamp is null || stamp.SessionText is not null || Structure.SchemaReport.MissingSessionReported(context, stamp)) return;
        var expected = stamp.Date is { } date ? StampLocations.Iso(date) + " (Session N)" : "YYYY-MM-DD (Session N)";
        context.Report(Rule, StampLocations.OfStamp(document, stamp), expected, stamp.Text);
    }
}
