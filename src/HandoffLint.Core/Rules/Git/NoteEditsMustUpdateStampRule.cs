using HandoffLint.Diagnostics;
using HandoffLint.Rules.Freshness;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0032: the note was changed but its Last Updated stamp was not: the last commit that changed it is dated more than a
/// day after the stamp, or its text changed while the session number stayed the same as in the version before.
/// </summary>
internal sealed class NoteEditsMustUpdateStampRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.EditedWithoutStamp,
        "Note edited without updating Last Updated",
        "{0}; Expected: Last Updated rewritten with every edit of the note, as 'YYYY-MM-DD (Session N)' of the session that wrote it",
        RuleCategories.Git,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var facts = GitRuleSupport.Facts(context);
        if (facts is null) return;
        var versions = NoteVersions.For(context, facts);
        var document = context.Document!;
        if (versions is null || document.Stamp is not { } stamp) return;
        var last = versions.History.LastCommit;

        if (versions.Changed && stamp.Session is { } session && versions.PreviousStamp?.Session == session)
        {
            var what = versions.PendingEdit || last is null
                ? $"the note differs from {versions.PreviousLabel} but Last Updated still says Session {session}"
                : $"commit {last.ShortHash} '{last.Subject}' changed the note but kept Session {session} of the version before it";
            context.Report(Rule, StampLocations.OfSession(document, stamp), what);
        }

        // The commit date speaks for the committed text only; a pending edit is judged when it is committed.
        if (!versions.PendingEdit && last is not null && stamp.Date is { } date)
        {
            var committedOn = last.AuthorDate.Date;
            var days = (int)(committedOn - date).TotalDays;
            if (days > 1)
            {
                context.Report(
                    Rule,
                    StampLocations.OfDate(document, stamp),
                    $"the last commit that changed the note ({last.ShortHash}, {GitRuleSupport.Iso(committedOn)}) is dated {days} days after Last Updated ({GitRuleSupport.Iso(date)})");
            }
        }
    }
}
