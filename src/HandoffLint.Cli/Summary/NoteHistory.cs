using System;
using System.Collections.Generic;
using HandoffLint.Configuration;
using HandoffLint.Git;
using HandoffLint.Parsing;

namespace HandoffLint.Cli.Summary;

/// <summary>
/// What a project's git history says for the summary: how many sessions rewrote the note in the last
/// <see cref="RecentDays"/> days, and the stuck P0 items (HL0036's finder). Read from the object files
/// (<see cref="GitNoteWalk"/>), because a git process per project would cost seconds over a thousand projects; when the
/// walk cannot read a repository (SHA-256, alternates, a damaged object) the project's history is asked of git instead.
/// </summary>
internal sealed class NoteHistory
{
    /// <summary>The window of "sessions lately".</summary>
    public const int RecentDays = 14;

    private NoteHistory(int? recentSessions, IReadOnlyList<StuckItem> stuck, string? unavailable)
    {
        RecentSessions = recentSessions;
        Stuck = stuck;
        Unavailable = unavailable;
    }

    /// <summary>
    /// Committed versions of the note in the last <see cref="RecentDays"/> days, counting consecutive versions with the same
    /// Last Updated stamp as one session (a session that committed its note twice); null when git could not say.
    /// </summary>
    public int? RecentSessions { get; }

    /// <summary>The stuck P0 items, in the note's order.</summary>
    public IReadOnlyList<StuckItem> Stuck { get; }

    /// <summary>Why git could not say anything (no repository, no commits), or null.</summary>
    public string? Unavailable { get; }

    /// <summary>The history of the note the lint resolved, judged with the lint's document and options.</summary>
    public static NoteHistory Read(LintResult lint, DateTime today)
    {
        var noteFullPath = lint.Note.FullPath;
        var current = lint.Document;
        var options = lint.Options;
        var root = lint.RepositoryRoot;
        if (root is null) return new NoteHistory(null, Array.Empty<StuckItem>(), "not inside a git repository");
        try
        {
            var repository = GitRepository.Open(root);
            var notePath = repository.GetRelativePath(noteFullPath);
            if (notePath is null) return new NoteHistory(null, Array.Empty<StuckItem>(), "the note is outside its repository");
            try
            {
                using var walk = GitNoteWalk.Start(repository, notePath);
                return Judge(walk, () => walk.GoesOn, current, options, today);
            }
            catch (GitException)
            {
                // The object files hold something the walk does not read; git does.
                var history = GitFacts.Create(root, noteFullPath, options).History;
                if (history.Value is not { } known) return new NoteHistory(null, Array.Empty<StuckItem>(), history.Reason);
                return Judge(known.Versions, () => known.VersionsGoOn, current, options, today);
            }
        }
        catch (GitException e)
        {
            return new NoteHistory(null, Array.Empty<StuckItem>(), e.Message);
        }
    }

    private static NoteHistory Judge(IEnumerable<GitNoteVersion> versions, Func<bool> goesOn, HandoffDocument? current, HandoffLintOptions options, DateTime today)
    {
        // Each version is parsed once, for its stamp here and for its P0 items in the stuck-work finder.
        var parsed = new Dictionary<GitNoteVersion, HandoffDocument?>();
        HandoffDocument? Parse(GitNoteVersion version)
        {
            if (!parsed.TryGetValue(version, out var document)) parsed[version] = document = StuckItemFinder.Parse(version, options, "note");
            return document;
        }

        var sessions = 0;
        string? previousStamp = null;
        foreach (var version in versions)
        {
            if ((today.Date - version.Commit.AuthorDate.Date).TotalDays >= RecentDays) break;
            var stamp = Parse(version)?.Stamp is { Text.Length: > 0 } written ? written.Text : version.Commit.Hash;
            if (!string.Equals(stamp, previousStamp, StringComparison.Ordinal)) sessions++;
            previousStamp = stamp;
        }

        var stuck = current is null ? Array.Empty<StuckItem>() : StuckItemFinder.Find(current, options, versions, goesOn, Parse);
        return new NoteHistory(sessions, stuck, null);
    }
}
