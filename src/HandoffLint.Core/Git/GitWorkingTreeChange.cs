namespace HandoffLint.Git;

/// <summary>One path that differs in the working tree.</summary>
internal sealed class GitWorkingTreeChange
{
    /// <summary>Creates a change record.</summary>
    public GitWorkingTreeChange(string path, GitChangeKind kind)
    {
        Path = path;
        Kind = kind;
    }

    /// <summary>The path, '/'-separated and relative to the repository root.</summary>
    public string Path { get; }

    /// <summary>How it differs.</summary>
    public GitChangeKind Kind { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Path;
}
