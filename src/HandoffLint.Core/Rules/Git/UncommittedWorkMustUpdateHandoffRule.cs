using System;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0034 (only with <c>--working-tree</c>, as the agent hooks run it): files changed or were added in the working tree
/// while the note did not change, so a session is about to end without writing down what it did.
/// </summary>
internal sealed class UncommittedWorkMustUpdateHandoffRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.UncommittedWorkWithoutHandoff,
        "Uncommitted work without a note update",
        "{0} changed in the working tree but the note did not: {1}. Rewrite the note for this work before the session ends",
        RuleCategories.Git,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (!context.Options.CheckWorkingTree) return;
        var facts = GitRuleSupport.Facts(context);
        if (facts?.Filter is not { } filter || facts.WorkingTree.Value is not { } changes) return;
        if (changes.Any(c => filter.IsNote(c.Path))) return;

        var counted = changes.Select(c => c.Path).Where(filter.Counts).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (counted.Length == 0) return;
        context.Report(Rule, GitRuleSupport.StampOrWholeFile(context), GitRuleSupport.Count(counted.Length, "file"), GitRuleSupport.Sample(counted));
    }
}
