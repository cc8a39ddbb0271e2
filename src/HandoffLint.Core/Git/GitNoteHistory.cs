using System;
using System.Collections.Generic;

namespace HandoffLint.Git;

/// <summary>The note as git knows it: the last commit that changed it, its committed text, and the text before that commit.</summary>
internal sealed class GitNoteHistory
{
    /// <summary>Creates the record.</summary>
    public GitNoteHistory(GitCommit? lastCommit, byte[] committedContent, byte[]? previousContent)
        : this(lastCommit, committedContent, previousContent, Array.Empty<GitNoteVersion>(), versionsGoOn: lastCommit is null)
    {
    }

    /// <summary>Creates the record with the note's recent committed versions.</summary>
    public GitNoteHistory(GitCommit? lastCommit, byte[] committedContent, byte[]? previousContent, IReadOnlyList<GitNoteVersion> versions, bool versionsGoOn)
    {
        LastCommit = lastCommit;
        CommittedContent = committedContent;
        PreviousContent = previousContent;
        Versions = versions ?? throw new ArgumentNullException(nameof(versions));
        VersionsGoOn = versionsGoOn;
    }

    /// <summary>
    /// The newest commit reachable from HEAD that changed the note, or null when that lies beyond the recent commits looked at
    /// (<see cref="GitFacts.MinimumCommitWindow"/>); <see cref="GitRepository.FindLastCommitTouching"/> finds it at the cost of
    /// a walk through the whole history.
    /// </summary>
    public GitCommit? LastCommit { get; }

    /// <summary>The note's bytes at HEAD.</summary>
    public byte[] CommittedContent { get; }

    /// <summary>The note's bytes just before <see cref="LastCommit"/> (its first parent), or null when that commit created it or is not known.</summary>
    public byte[]? PreviousContent { get; }

    /// <summary>
    /// The note as each recent commit that changed it left it, newest first: the commits among the recent ones
    /// (<see cref="GitFacts.MinimumCommitWindow"/>) that changed the note, at most <see cref="GitFacts.NoteVersionsToRead"/>
    /// of them; empty when the stuck-work rule (HL0036) is off.
    /// </summary>
    public IReadOnlyList<GitNoteVersion> Versions { get; }

    /// <summary>True when the note has older committed versions than <see cref="Versions"/> holds, or may have (a shallow cut, the window's end).</summary>
    public bool VersionsGoOn { get; }
}

/// <summary>One committed version of the note: the commit that changed it, and the note's bytes as that commit left them.</summary>
internal sealed class GitNoteVersion
{
    /// <summary>Creates the record.</summary>
    public GitNoteVersion(GitCommit commit, byte[]? content)
    {
        Commit = commit ?? throw new ArgumentNullException(nameof(commit));
        Content = content;
    }

    /// <summary>The commit.</summary>
    public GitCommit Commit { get; }

    /// <summary>The note's bytes at <see cref="Commit"/>, or null when that commit deleted it.</summary>
    public byte[]? Content { get; }
}
