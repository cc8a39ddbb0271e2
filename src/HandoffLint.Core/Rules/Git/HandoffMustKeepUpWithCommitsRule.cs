using System.Globalization;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0031: more than <c>max_commits_behind</c> commits changed other files since the note was last committed, so the
/// note no longer describes the code, whatever its date says.
/// </summary>
internal sealed class HandoffMustKeepUpWithCommitsRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.CodeMovedOn,
        "Code moved on since the note was updated",
        "{0} changed other files since the note was last committed ({1}); the newest is {2} '{3}'. Expected: at most {4}. Rewrite the note for the work since, or raise handofflint.max_commits_behind",
        RuleCategories.Git,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var facts = GitRuleSupport.Facts(context);
        if (facts?.Filter is not { } filter) return;
        var versions = NoteVersions.For(context, facts);
        // Uncommitted edits to the note are its update in progress: the commits since are about to be covered.
        if (versions is null || versions.PendingEdit) return;
        if (facts.CommitsAfterNote.Value is not { } log) return;

        var counted = log.Commits.Where(c => c.Files.Any(filter.Counts)).ToArray();
        if (counted.Length <= context.Options.MaxCommitsBehind) return;

        var count = (log.IsCapped ? "At least " : string.Empty) + GitRuleSupport.Count(counted.Length, "commit");
        var last = versions.History.LastCommit;
        var when = last is null ? $"before the last {log.Commits.Count} commits" : $"in {last.ShortHash} on {GitRuleSupport.Iso(last.AuthorDate.Date)}";
        var newest = counted[0];
        context.Report(
            Rule,
            GitRuleSupport.StampOrWholeFile(context),
            count,
            when,
            newest.ShortHash,
            newest.Subject,
            context.Options.MaxCommitsBehind.ToString(CultureInfo.InvariantCulture));
    }
}
