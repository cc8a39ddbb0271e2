using System.Globalization;
using HandoffLint.Diagnostics;
using HandoffLint.Git;

namespace HandoffLint.Rules.Git;

/// <summary>
/// HL0036: a What's Next P0 item was carried unchanged (or nearly: case, whitespace, punctuation) through
/// <c>stuck_after_versions</c> committed versions of the note. Top-priority work that no session finishes, splits or
/// re-prioritises is stuck, and a coordinator wants to know since when.
/// </summary>
internal sealed class TopPriorityMustMoveRule : HandoffRule
{
    private const int MaxQuotedLength = 80;

    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.PriorityStuck,
        "What's Next P0 item is stuck",
        "[{0}] '{1}' was carried unchanged through {2} committed versions of the note, for {3} since {4}; Expected: top-priority work that moves: finished, split into a step one session can finish, or re-prioritised",
        RuleCategories.Git,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var facts = GitRuleSupport.Facts(context);
        if (facts is null || context.Document is not { } document || facts.History.Value is not { } history) return;

        foreach (var stuck in StuckItemFinder.Find(document, context.Options, history.Versions, history.VersionsGoOn))
        {
            var atLeast = stuck.SinceIsLowerBound ? "at least " : string.Empty;
            var days = stuck.DaysStuck(context.Today);
            var since = stuck.Since;
            context.Report(
                Rule,
                document.LocationOf(stuck.Item.Start, stuck.Item.End),
                stuck.Item.Tag,
                Quote(stuck.Item.Text),
                atLeast + stuck.Versions.ToString(CultureInfo.InvariantCulture),
                atLeast + (days == 0 ? "less than a day" : GitRuleSupport.Count(days, "day")),
                $"{since.ShortHash} ({GitRuleSupport.Iso(since.AuthorDate.Date)}){(stuck.SinceIsLowerBound ? " or earlier" : string.Empty)}");
        }
    }

    private static string Quote(string text) => text.Length <= MaxQuotedLength ? text : text.Substring(0, MaxQuotedLength - 3).TrimEnd() + "...";
}
