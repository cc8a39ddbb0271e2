using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Presence;

/// <summary>HL0001: the note must exist where the protocol says agents will read it.</summary>
internal sealed class HandoffMustExistRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.HandoffMissing,
        "Handoff note is missing",
        "No handoff note at '{0}'; the next session starts with no memory of this one. Run 'handofflint init' or set the note's path",
        RuleCategories.Presence,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Repository;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (context.FileState == HandoffFileState.Missing) context.Report(Rule, context.WholeFile, context.HandoffPath);
    }
}
