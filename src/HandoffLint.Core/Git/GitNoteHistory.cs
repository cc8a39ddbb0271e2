namespace HandoffLint.Git;

/// <summary>The note as git knows it: the last commit that changed it, its committed text, and the text before that commit.</summary>
public sealed class GitNoteHistory
{
    /// <summary>Creates the record.</summary>
    public GitNoteHistory(GitCommit? lastCommit, byte[] committedContent, byte[]? previousContent)
    {
        LastCommit = lastCommit;
        CommittedContent = committedContent;
        PreviousContent = previousContent;
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
}
