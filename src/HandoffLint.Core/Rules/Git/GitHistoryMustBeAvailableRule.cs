using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0030: when git cannot answer (no repository, no git, a shallow clone, no commits, an untracked note, a missing base
/// ref), say so once, as a suggestion, instead of letting the git rules guess. Never more than one per lint.
/// </summary>
internal sealed class GitHistoryMustBeAvailableRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.GitUnavailable,
        "Git rules could not judge the note",
        "The git rules could not judge this note: {0}",
        RuleCategories.Git,
        DiagnosticSeverity.Suggestion);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Repository;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var needsHistory = GitRuleSupport.NeedsHistory(context);
        var needsWorkingTree = GitRuleSupport.NeedsWorkingTree(context);
        var needsBranch = GitRuleSupport.NeedsBranch(context);
        if (!needsHistory && !needsWorkingTree && !needsBranch) return;
        var facts = GitRuleSupport.Facts(context);
        if (facts is null) return;

        // This rule runs first and needs every answer anyway: ask git the independent questions side by side.
        if (facts.IsAvailable) facts.Prefetch(needsHistory, needsWorkingTree, needsBranch);
        var answers = new List<(string? Reason, string? Advice)>();
        if (!facts.IsAvailable)
        {
            answers.Add((facts.UnavailableReason, null));
        }
        else
        {
            if (needsHistory)
            {
                answers.Add((facts.History.Reason, facts.History.Advice));
                var versions = NoteVersions.For(context, facts);
                if (versions is { PendingEdit: false } && context.IsEnabled(HandoffMustKeepUpWithCommitsRule.Rule))
                {
                    answers.Add((facts.CommitsAfterNote.Reason, facts.CommitsAfterNote.Advice));
                }
            }

            if (needsWorkingTree) answers.Add((facts.WorkingTree.Reason, facts.WorkingTree.Advice));
            if (needsBranch) answers.Add((facts.BranchChanges.Reason, facts.BranchChanges.Advice));
        }

        var reasons = answers.Select(a => a.Reason).Where(r => r is not null).Distinct(StringComparer.Ordinal).ToArray();
        if (reasons.Length == 0) return;
        var advice = answers.SelectMany(a => a.Advice?.Split('\n') ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal).ToArray();
        var message = string.Join("; and ", reasons) + (advice.Length == 0 ? string.Empty : ". To let them judge, " + string.Join(", and ", advice));
        context.Report(Rule, GitRuleSupport.StampOrWholeFile(context), message);
    }
}
