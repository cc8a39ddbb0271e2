using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Git;
using HandoffLint.Parsing;
using HandoffLint.Rules.Freshness;
using HandoffLint.Text;

namespace HandoffLint.Rules.Git;

/// <summary>What the git rules share: whether they run at all, which answers they need, and how they word things.</summary>
internal static class GitRuleSupport
{
    /// <summary>The facts of this lint, or null when the git rules must stay silent (turned off, or nothing to judge).</summary>
    public static GitFacts? Facts(RuleContext context)
    {
        if (!context.Options.GitRulesEnabled) return null;
        var facts = context.Git;
        return facts.IsApplicable ? facts : null;
    }

    /// <summary>Whether a rule that reads the note's history (HL0031-HL0033, HL0036) will run.</summary>
    public static bool NeedsHistory(RuleContext context) =>
        context.Document is not null
        && (context.IsEnabled(HandoffMustKeepUpWithCommitsRule.Rule) || context.IsEnabled(NoteEditsMustUpdateStampRule.Rule)
            || context.IsEnabled(StampMustMoveForwardRule.Rule) || context.IsEnabled(TopPriorityMustMoveRule.Rule));

    /// <summary>Whether HL0034 will run.</summary>
    public static bool NeedsWorkingTree(RuleContext context) =>
        context.Document is not null && context.Options.CheckWorkingTree && context.IsEnabled(UncommittedWorkMustUpdateHandoffRule.Rule);

    /// <summary>Whether the pull-request gate (HL0035) will run.</summary>
    public static bool NeedsBranch(RuleContext context) =>
        !string.IsNullOrEmpty(context.Options.BaseRef) && context.IsEnabled(BranchMustUpdateHandoffRule.Rule);

    /// <summary>The stamp, when the note has one; else the whole note.</summary>
    public static SourceLocation StampOrWholeFile(RuleContext context) =>
        context.Document is { Stamp: { } stamp } document ? StampLocations.OfStamp(document, stamp) : context.WholeFile;

    /// <summary>"1 file" or "3 files".</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>A few paths, and how many more.</summary>
    public static string Sample(IReadOnlyList<string> paths, int shown = 3)
    {
        var listed = string.Join(", ", paths.Take(shown));
        return paths.Count > shown ? listed + $" and {paths.Count - shown} more" : listed;
    }

    /// <summary>A date the way the stamp writes it.</summary>
    public static string Iso(DateTime date) => StampLocations.Iso(date);
}

/// <summary>
/// The two versions of the note the stamp rules compare. When the note has uncommitted edits, those edits are the change
/// and the committed version is the one before; otherwise the change is the last commit that touched the note, and the
/// version before is its first parent's.
/// </summary>
internal sealed class NoteVersions
{
    private NoteVersions(GitNoteHistory history, bool pendingEdit, LastUpdatedStamp? previousStamp, bool changed)
    {
        History = history;
        PendingEdit = pendingEdit;
        PreviousStamp = previousStamp;
        Changed = changed;
    }

    /// <summary>The note's history.</summary>
    public GitNoteHistory History { get; }

    /// <summary>True when the note differs from its committed version: someone is rewriting it right now.</summary>
    public bool PendingEdit { get; }

    /// <summary>The stamp of the version before the change, when that version exists and has one.</summary>
    public LastUpdatedStamp? PreviousStamp { get; }

    /// <summary>Whether there is a change to judge: the two versions exist and their text differs.</summary>
    public bool Changed { get; }

    /// <summary>Names the version before the change, for messages.</summary>
    public string PreviousLabel => PendingEdit
        ? "the committed version" + (History.LastCommit is { } last ? $" ({last.ShortHash})" : string.Empty)
        : $"the version before {History.LastCommit?.ShortHash}";

    /// <summary>The versions of this lint's note, or null when git has no history of it.</summary>
    public static NoteVersions? For(RuleContext context, GitFacts facts)
    {
        if (context.Document is null || facts.History.Value is null) return null;
        return context.GetShared(c => Create(c, facts.History.Value));
    }

    private static NoteVersions Create(RuleContext context, GitNoteHistory history)
    {
        var current = Normalize(context.Document!.Source.Text);
        var committed = Decode(history.CommittedContent);
        if (committed is null || Normalize(committed.Text) != current)
        {
            return new NoteVersions(history, true, committed is null ? null : StampOf(context, committed), committed is not null);
        }

        // Without the last commit (an edit older than the recent commits) there is no version before it to compare with.
        var previous = history.PreviousContent is null || history.LastCommit is null ? null : Decode(history.PreviousContent);
        var changed = previous is not null && Normalize(previous.Text) != current;
        return new NoteVersions(history, false, previous is null ? null : StampOf(context, previous), changed);
    }

    // Line endings are how a checkout stores the text (core.autocrlf), not an edit.
    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static SourceText? Decode(byte[] bytes) => SourceText.TryDecode(bytes, out var text, out _) ? text : null;

    private static LastUpdatedStamp? StampOf(RuleContext context, SourceText text) =>
        HandoffDocument.TryParse(text, context.HandoffPath, context.Options, out var document, out _) ? document!.Stamp : null;
}
