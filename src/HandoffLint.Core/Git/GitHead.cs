namespace HandoffLint.Git;

/// <summary>Where HEAD points.</summary>
internal sealed class GitHead
{
    /// <summary>Creates a description of HEAD.</summary>
    public GitHead(string? commit, string? branch)
    {
        Commit = commit;
        Branch = branch;
    }

    /// <summary>The full hash of the commit HEAD points at, or null when the branch has no commits yet.</summary>
    public string? Commit { get; }

    /// <summary>The branch HEAD is on (<c>main</c>), or null when HEAD is detached.</summary>
    public string? Branch { get; }

    /// <summary>True when HEAD points at a commit rather than a branch (CI checkouts often do).</summary>
    public bool IsDetached => Branch is null;

    /// <summary>False in a repository whose current branch has no commits yet.</summary>
    public bool HasCommits => Commit is not null;

    /// <inheritdoc />
    public override string ToString() => (Branch ?? "(detached)") + " " + (Commit ?? "(no commits)");
}
