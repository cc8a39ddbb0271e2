using System;
using System.Collections.Generic;
using System.IO;

namespace HandoffLint.Cli.Output;

/// <summary>
/// Where CI output says a file is: a path relative to a root folder, and which root. The repository around the current
/// folder (the checkout a CI job runs in) is <see cref="PrimaryBaseId"/>, and every file inside it is named from there, so
/// that code scanning and annotations match the checked-out tree. A file outside it (a note of another repository linted
/// in the same run) is named from its own repository root, which gets a base id of its own, so two notes never share a
/// location even when both are <c>docs/SESSION-HANDOFF.md</c> of their repositories.
/// </summary>
internal sealed class ArtifactRoots
{
    /// <summary>SARIF's conventional base id for the root of the analysed sources.</summary>
    public const string PrimaryBaseId = "%SRCROOT%";

    private readonly string _currentFolder;
    private readonly string? _analysisRoot;
    private readonly List<(string BaseId, string Folder)> _used = new();

    public ArtifactRoots(string currentFolder)
    {
        _currentFolder = Path.GetFullPath(currentFolder);
        _analysisRoot = RepositoryLocator.FindRoot(_currentFolder);
    }

    /// <summary>The roots that <see cref="Locate"/> has handed out, in the order they were first used.</summary>
    public IReadOnlyList<(string BaseId, string Folder)> Used => _used;

    /// <summary>The root and relative path (forward slashes) of <paramref name="fullPath"/>, a file of the repository at <paramref name="repositoryRoot"/> (or of none).</summary>
    public (string BaseId, string RelativePath) Locate(string fullPath, string? repositoryRoot)
    {
        var root = _analysisRoot is not null && IsUnder(fullPath, _analysisRoot) ? _analysisRoot
            : repositoryRoot is not null && IsUnder(fullPath, repositoryRoot) ? repositoryRoot
            : IsUnder(fullPath, _currentFolder) ? _currentFolder
            : Path.GetDirectoryName(fullPath) ?? _currentFolder;
        return (BaseIdOf(root), DisplayPaths.WithForwardSlashes(Path.GetRelativePath(root, fullPath)));
    }

    /// <summary>A folder as an absolute <c>file:</c> URI ending in a slash, as SARIF requires of a base.</summary>
    public static string FolderUri(string folder) => new Uri(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar).AbsoluteUri;

    private string BaseIdOf(string root)
    {
        foreach (var (baseId, folder) in _used)
        {
            if (string.Equals(folder, root, StringComparison.Ordinal)) return baseId;
        }

        // The checkout keeps the conventional name even when a file outside it came first.
        var isPrimary = _analysisRoot is null ? !_used.Exists(u => u.BaseId == PrimaryBaseId) : string.Equals(root, _analysisRoot, StringComparison.Ordinal);
        var id = isPrimary ? PrimaryBaseId : "%SRCROOT" + (_used.FindAll(u => u.BaseId != PrimaryBaseId).Count + 2) + "%";
        _used.Add((id, root));
        return id;
    }

    private static bool IsUnder(string fullPath, string folder)
    {
        var relative = Path.GetRelativePath(folder, fullPath);
        return relative != "." && relative != ".." && !Path.IsPathRooted(relative) &&
               !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
