using System;
using System.Collections.Generic;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Git;

/// <summary>A What's Next P0 item of the current note that the note's committed versions carried unchanged.</summary>
/// <param name="item">The item in the current note.</param>
/// <param name="versions">How many consecutive committed versions, newest first, carried it at P0.</param>
/// <param name="since">The oldest commit of that run: the version that first carried it, as far as the history read goes.</param>
/// <param name="sinceIsLowerBound">True when the run reached the oldest version read and older ones exist or may: it may be older still.</param>
internal sealed class StuckItem(PrioritizedItem item, int versions, GitCommit since, bool sinceIsLowerBound)
{
    /// <summary>The item in the current note.</summary>
    public PrioritizedItem Item => item;

    /// <summary>How many consecutive committed versions of the note, newest first, carried it at P0.</summary>
    public int Versions => versions;

    /// <summary>The oldest commit of the run: the version that first carried the item at P0, as far as the history read goes.</summary>
    public GitCommit Since => since;

    /// <summary>True when the run reached the oldest version read and the history goes on: the item may have been stuck for longer.</summary>
    public bool SinceIsLowerBound => sinceIsLowerBound;

    /// <summary>Whole days from <see cref="Since"/> (its author date, in the author's time zone) to <paramref name="today"/>; 0 or more.</summary>
    public int DaysStuck(DateTime today) => Math.Max(0, (int)(today.Date - Since.AuthorDate.Date).TotalDays);
}

/// <summary>
/// Finds stuck work: the current note's P0 items (read the ways people write them, <see cref="NextStepsReader.ReadPrioritized"/>)
/// that the newest committed versions of the note all carried at P0, unchanged or nearly (case, whitespace and punctuation
/// do not count), through at least <see cref="HandoffLintOptions.StuckAfterVersions"/> versions. Position in the list does
/// not matter (a reordered list carries the same items); a version without the item ends its run, so an item finished and
/// added again starts anew. Versions are parsed only while some item's run goes on: usually one or two.
/// </summary>
internal static class StuckItemFinder
{
    /// <summary>
    /// The stuck items of <paramref name="current"/>, in the note's order. <paramref name="versionsNewestFirst"/> are the note's
    /// committed versions, newest first (the current text, when committed, is the first of them); <paramref name="historyGoesOn"/>
    /// says whether older versions exist beyond them.
    /// </summary>
    public static IReadOnlyList<StuckItem> Find(HandoffDocument current, HandoffLintOptions options, IEnumerable<GitNoteVersion> versionsNewestFirst, bool historyGoesOn) =>
        Find(current, options, versionsNewestFirst, () => historyGoesOn);

    /// <summary>
    /// As <see cref="Find(HandoffDocument, HandoffLintOptions, IEnumerable{GitNoteVersion}, bool)"/>, for lazy versions
    /// (<see cref="GitNoteWalk"/>): <paramref name="historyGoesOn"/> is asked only after the versions ran out.
    /// </summary>
    public static IReadOnlyList<StuckItem> Find(HandoffDocument current, HandoffLintOptions options, IEnumerable<GitNoteVersion> versionsNewestFirst, Func<bool> historyGoesOn) =>
        Find(current, options, versionsNewestFirst, historyGoesOn, version => Parse(version, options, current.Path));

    /// <summary>As above, with the caller's parse of each version (a caller that parses them anyway need not parse twice).</summary>
    public static IReadOnlyList<StuckItem> Find(
        HandoffDocument current, HandoffLintOptions options, IEnumerable<GitNoteVersion> versionsNewestFirst, Func<bool> historyGoesOn, Func<GitNoteVersion, HandoffDocument?> parse)
    {
        if (parse is null) throw new ArgumentNullException(nameof(parse));
        if (current is null) throw new ArgumentNullException(nameof(current));
        if (options is null) throw new ArgumentNullException(nameof(options));
        if (versionsNewestFirst is null) throw new ArgumentNullException(nameof(versionsNewestFirst));
        if (historyGoesOn is null) throw new ArgumentNullException(nameof(historyGoesOn));

        var runs = new List<Run>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in NextStepsReader.ReadPrioritized(current, options))
        {
            var key = Key(item.Text);
            if (item.Priority == 0 && key.Length > 0 && seen.Add(key)) runs.Add(new Run(item, key));
        }

        var open = runs.Count;
        var exhausted = true;
        foreach (var version in versionsNewestFirst)
        {
            if (open == 0)
            {
                exhausted = false;
                break;
            }

            var carried = TopPriorityKeys(parse(version), options);
            foreach (var run in runs)
            {
                if (run.Ended) continue;
                if (carried.Contains(run.Key))
                {
                    run.Versions++;
                    run.Since = version.Commit;
                }
                else
                {
                    run.Ended = true;
                    open--;
                }
            }
        }

        var stuck = new List<StuckItem>();
        foreach (var run in runs)
        {
            if (run.Versions < options.StuckAfterVersions || run.Since is null) continue;
            stuck.Add(new StuckItem(run.Item, run.Versions, run.Since, !run.Ended && exhausted && historyGoesOn()));
        }

        return stuck;
    }

    /// <summary>
    /// What makes two items the same item: their letters and digits, lower-cased, one space between words. "Ship the
    /// release." and "ship  the Release" are the same; "Ship the release to staging" is not.
    /// </summary>
    public static string Key(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var key = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0) key.Append(' ');
                pendingSpace = false;
                key.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingSpace = true; // "don't" and "dont" are one word; "a-b" and "a b" are two.
            }
        }

        return key.ToString();
    }

    /// <summary>A committed version parsed as a note, or null when it is deleted, not text, or nests beyond the parser's limit.</summary>
    public static HandoffDocument? Parse(GitNoteVersion version, HandoffLintOptions options, string path)
    {
        if (version is null) throw new ArgumentNullException(nameof(version));
        if (version.Content is null || !SourceText.TryDecode(version.Content, out var text, out _)) return null;
        return HandoffDocument.TryParse(text!, path, options, out var document, out _) ? document : null;
    }

    private static HashSet<string> TopPriorityKeys(HandoffDocument? document, HandoffLintOptions options)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (document is null) return keys;
        foreach (var item in NextStepsReader.ReadPrioritized(document, options))
        {
            if (item.Priority == 0) keys.Add(Key(item.Text));
        }

        return keys;
    }

    private sealed class Run(PrioritizedItem item, string key)
    {
        public PrioritizedItem Item => item;

        public string Key => key;

        public int Versions { get; set; }

        public GitCommit? Since { get; set; }

        public bool Ended { get; set; }
    }
}
