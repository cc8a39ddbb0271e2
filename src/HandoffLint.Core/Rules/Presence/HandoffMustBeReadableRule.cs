using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Presence;

/// <summary>HL0002: the note must be UTF-8 text an agent can read.</summary>
internal sealed class HandoffMustBeReadableRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.HandoffUnreadable,
        "Handoff note cannot be read",
        "The handoff note cannot be read: {0}",
        RuleCategories.Presence,
        DiagnosticSeverity.Error);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Repository;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (context.FileState == HandoffFileState.Unreadable) context.Report(Rule, context.WholeFile, context.ReadFailure);
    }
}
