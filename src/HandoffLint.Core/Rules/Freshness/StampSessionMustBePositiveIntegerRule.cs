using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Freshness;

/// <summary>HL0012: session numbers count sessions: 1, 2, 3 and on.</summary>
internal sealed class StampSessionMustBePositiveIntegerRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampSessionInvalid,
        "Last Updated session number is not a positive integer",
        "Session number '{0}' is not a positive integer; Expected: 1, 2, 3, ...",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var stamp = document.Stamp;
        if (stamp?.SessionText is null || stamp.Session is not null) return;
        context.Report(Rule, StampLocations.OfSession(document, stamp), stamp.SessionText);
    }
}
