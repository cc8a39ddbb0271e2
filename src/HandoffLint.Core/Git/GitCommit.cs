using System;
using System.Collections.Generic;

namespace HandoffLint.Git;

/// <summary>One commit, with the files it changed when they were asked for.</summary>
internal sealed class GitCommit
{
    /// <summary>Creates a commit record.</summary>
    public GitCommit(string hash, string shortHash, DateTimeOffset authorDate, string subject, IReadOnlyList<string> files)
    {
        Hash = hash;
        ShortHash = shortHash;
        AuthorDate = authorDate;
        Subject = subject;
        Files = files;
    }

    /// <summary>The full hash.</summary>
    public string Hash { get; }

    /// <summary>The abbreviated hash git prints for it.</summary>
    public string ShortHash { get; }

    /// <summary>When it was authored, in the author's own offset (a rebase keeps it; the committer date would not).</summary>
    public DateTimeOffset AuthorDate { get; }

    /// <summary>The first line of its message.</summary>
    public string Subject { get; }

    /// <summary>The files it changed against its first parent, '/'-separated and relative to the repository root (none for merges).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <inheritdoc />
    public override string ToString() => ShortHash + " " + Subject;
}
