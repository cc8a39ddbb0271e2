using System;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0035, the pull-request gate (only with a base ref: <c>--base</c>, or <c>HandoffLintBaseRef</c> in MSBuild): the branch
/// changes files since its merge base with the base ref but does not change the note, so it would merge work the next
/// session cannot learn about.
/// </summary>
internal sealed class BranchMustUpdateHandoffRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.BranchWithoutHandoff,
        "Branch changes files but not the note",
        "This branch changes {0} since its merge base with '{1}' ({2}) but not '{3}': {4}. Rewrite the note for this branch's work",
        RuleCategories.Git,
        DiagnosticSeverity.Error);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Repository;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (string.IsNullOrEmpty(context.Options.BaseRef)) return;
        var facts = GitRuleSupport.Facts(context);
        if (facts?.Filter is not { } filter || facts.BranchChanges.Value is not { } branch) return;
        if (branch.ChangedPaths.Any(filter.IsNote)) return;

        var counted = branch.ChangedPaths.Where(filter.Counts).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (counted.Length == 0) return;
        context.Report(
            Rule,
            GitRuleSupport.StampOrWholeFile(context),
            GitRuleSupport.Count(counted.Length, "file"),
            branch.BaseRef,
            branch.MergeBase.Substring(0, Math.Min(7, branch.MergeBase.Length)),
            filter.NotePath,
            GitRuleSupport.Sample(counted));
    }
}
