using System.Collections.Generic;

namespace HandoffLint.Git;

/// <summary>What a branch changed since it left its base: the merge base and the paths that differ from it at HEAD.</summary>
internal sealed class GitBranchChanges
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
