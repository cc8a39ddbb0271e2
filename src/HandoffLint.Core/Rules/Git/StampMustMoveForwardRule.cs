using HandoffLint.Diagnostics;
using HandoffLint.Rules.Freshness;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0033: compared with the previous committed version of the note, the session number must not go down and the date
/// must not go back; either means an old note was restored or the stamp was copied from somewhere else.
/// </summary>
internal sealed class StampMustMoveForwardRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampWentBackwards,
        "Last Updated went backwards",
        "Last Updated says {0}, earlier than {1} in {2}; Expected: a session number that increases and a date that does not go back",
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
        if (versions is not { Changed: true, PreviousStamp: { } previous } || document.Stamp is not { } stamp) return;

        if (stamp.Session is { } session && previous.Session is { } previousSession && session < previousSession)
        {
            context.Report(Rule, StampLocations.OfSession(document, stamp), $"Session {session}", $"Session {previousSession}", versions.PreviousLabel);
        }

        if (stamp.Date is { } date && previous.Date is { } previousDate && date < previousDate)
        {
            context.Report(Rule, StampLocations.OfDate(document, stamp), GitRuleSupport.Iso(date), GitRuleSupport.Iso(previousDate), versions.PreviousLabel);
        }
    }
}
