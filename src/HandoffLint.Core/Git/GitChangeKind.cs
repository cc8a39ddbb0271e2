namespace HandoffLint.Git;

/// <summary>How a path differs in the working tree (index included) from HEAD.</summary>
internal enum GitChangeKind
{
    /// <summary>Changed, added to the index, deleted, renamed or with a changed mode: anything git tracks.</summary>
    Changed,

    /// <summary>A new file git does not track yet.</summary>
    Untracked,

    /// <summary>Left in conflict by a merge.</summary>
    Unmerged,
}
