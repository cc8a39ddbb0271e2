using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration.EditorConfig;

namespace HandoffLint.Git;

/// <summary>Where HEAD points.</summary>
public sealed class GitHead
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

/// <summary>One commit, with the files it changed when they were asked for.</summary>
public sealed class GitCommit
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

/// <summary>How a path differs in the working tree (index included) from HEAD.</summary>
public enum GitChangeKind
{
    /// <summary>Changed, added to the index, deleted, renamed or with a changed mode: anything git tracks.</summary>
    Changed,

    /// <summary>A new file git does not track yet.</summary>
    Untracked,

    /// <summary>Left in conflict by a merge.</summary>
    Unmerged,
}

/// <summary>One path that differs in the working tree.</summary>
public sealed class GitWorkingTreeChange
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

/// <summary>What a branch changed since it left its base: the merge base and the paths that differ from it at HEAD.</summary>
public sealed class GitBranchChanges
{
    /// <summary>Creates the record.</summary>
    public GitBranchChanges(string baseRef, string mergeBase, IReadOnlyList<string> changedPaths)
    {
        BaseRef = baseRef;
        MergeBase = mergeBase;
        ChangedPaths = changedPaths;
    }

    /// <summary>The base ref as given (<c>origin/main</c>).</summary>
    public string BaseRef { get; }

    /// <summary>The full hash of the merge base of the base ref and HEAD.</summary>
    public string MergeBase { get; }

    /// <summary>The paths that differ between the merge base and HEAD.</summary>
    public IReadOnlyList<string> ChangedPaths { get; }
}

/// <summary>
/// Which paths count as work that the note should follow: every path except the note itself and the
/// <c>handofflint.ignored_paths</c> globs (documentation, generated files). Globs use <c>.editorconfig</c> syntax and are
/// matched against paths relative to the repository root; a glob without a slash matches a file name in any folder.
/// </summary>
public sealed class GitPathFilter
{
    private readonly EditorConfigGlob[] _ignored;

    /// <summary>Creates a filter for the note at <paramref name="notePath"/> (relative to the repository root).</summary>
    public GitPathFilter(string notePath, IEnumerable<string>? ignoredGlobs = null)
    {
        NotePath = Normalize(notePath ?? throw new ArgumentNullException(nameof(notePath)));
        IgnoredGlobs = (ignoredGlobs ?? Array.Empty<string>()).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).ToArray();
        // An unusable glob (an unclosed brace) ignores nothing rather than everything: the rules then err toward reporting.
        _ignored = IgnoredGlobs.Select(EditorConfigGlob.TryCreate).Where(g => g is not null).Select(g => g!).ToArray();
    }

    /// <summary>The note's path, '/'-separated, relative to the repository root.</summary>
    public string NotePath { get; }

    /// <summary>The globs of paths that never require a note update.</summary>
    public IReadOnlyList<string> IgnoredGlobs { get; }

    /// <summary>Whether <paramref name="path"/> is the note.</summary>
    public bool IsNote(string path) => string.Equals(Normalize(path), NotePath, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is ignored by a glob.</summary>
    public bool IsIgnored(string path)
    {
        var normalized = Normalize(path);
        return _ignored.Any(g => g.IsMatch(normalized));
    }

    /// <summary>Whether a change to <paramref name="path"/> is work the note should follow: not the note, not ignored.</summary>
    public bool Counts(string path) => !IsNote(path) && !IsIgnored(path);

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
        return normalized.TrimEnd('/');
    }
}

/// <summary>What changed since a commit (for example the HEAD a session started at), committed and in the working tree.</summary>
public sealed class GitChangeSummary
{
    /// <summary>Creates the summary.</summary>
    public GitChangeSummary(IReadOnlyList<GitCommit> commits, bool commitsCapped, IReadOnlyList<GitWorkingTreeChange> workingTree, GitPathFilter filter)
    {
        Commits = commits;
        CommitsCapped = commitsCapped;
        WorkingTree = workingTree;
        NoteChangedInCommits = commits.Any(c => c.Files.Any(filter.IsNote));
        NoteChangedInWorkingTree = workingTree.Any(c => filter.IsNote(c.Path));
        OtherPaths = commits.SelectMany(c => c.Files).Concat(workingTree.Select(c => c.Path))
            .Where(filter.Counts)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The commits since the given commit, newest first.</summary>
    public IReadOnlyList<GitCommit> Commits { get; }

    /// <summary>True when there were more commits than were asked for.</summary>
    public bool CommitsCapped { get; }

    /// <summary>The working tree's changes (empty when the working tree was not asked about).</summary>
    public IReadOnlyList<GitWorkingTreeChange> WorkingTree { get; }

    /// <summary>Whether a commit since the given one changed the note.</summary>
    public bool NoteChangedInCommits { get; }

    /// <summary>Whether the note differs in the working tree (or index) from HEAD, or is new and untracked.</summary>
    public bool NoteChangedInWorkingTree { get; }

    /// <summary>Whether the note changed at all: committed since, or pending in the working tree.</summary>
    public bool NoteChanged => NoteChangedInCommits || NoteChangedInWorkingTree;

    /// <summary>The other paths that changed and count (not the note, not ignored), sorted.</summary>
    public IReadOnlyList<string> OtherPaths { get; }

    /// <summary>Whether work the note should follow happened.</summary>
    public bool OtherFilesChanged => OtherPaths.Count > 0;
}
