using System;
using System.Collections.Generic;
using System.IO;

namespace HandoffLint.Cli.Summary;

/// <summary>A project found under a summary folder: the folder that holds the note at its relative path.</summary>
internal sealed record FoundNote(string ProjectFolder, string ProjectDisplay, string NotePath);

/// <summary>
/// Walks folders for projects that hold a handoff note: down to a depth limit, skipping folders that never hold a project
/// (<c>.git</c>, <c>node_modules</c>, <c>bin</c>, <c>obj</c>), following symbolic links but visiting each real folder once
/// (so a link loop ends), and stepping over folders it may not read (reported through the callback).
/// </summary>
internal sealed class NoteFinder
{
    /// <summary>Folders that never hold a project's note; <c>lint</c>'s folder and glob search skips them too.</summary>
    internal static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "node_modules", "bin", "obj" };
    private const int MaxLinkHops = 40;

    private readonly int _maxDepth;
    private readonly string _relativeNotePath;
    private readonly Action<string, string> _skipped;
    private readonly HashSet<string> _visited = new(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    public NoteFinder(int maxDepth, string relativeNotePath, Action<string, string> skipped)
    {
        _maxDepth = maxDepth;
        _relativeNotePath = relativeNotePath;
        _skipped = skipped;
    }

    /// <summary>The projects under <paramref name="folder"/> (shown to the user as <paramref name="shownAs"/>), in walk order.</summary>
    public IReadOnlyList<FoundNote> Find(string folder, string shownAs)
    {
        var found = new List<FoundNote>();
        var root = Path.GetFullPath(folder);
        var pending = new Stack<(string Path, string Canonical, string Display, int Depth)>();
        pending.Push((root, Canonical(root, 0), shownAs, 0));
        while (pending.Count > 0)
        {
            var (path, canonical, display, depth) = pending.Pop();
            if (!_visited.Add(canonical)) continue;

            var note = Path.Combine(path, _relativeNotePath);
            if (File.Exists(note)) found.Add(new FoundNote(path, display, note));
            if (depth >= _maxDepth) continue;

            var children = ReadSubfolders(path, display);
            // Pushed in reverse so that the walk visits folders in name order.
            for (var i = children.Count - 1; i >= 0; i--)
            {
                var child = children[i];
                if (SkippedFolders.Contains(child.Name)) continue;
                var isLink = (child.Attributes & FileAttributes.ReparsePoint) != 0;
                var childCanonical = isLink ? Canonical(child.FullName, 0) : Path.Combine(canonical, child.Name);
                pending.Push((child.FullName, childCanonical, Join(display, child.Name), depth + 1));
            }
        }

        return found;
    }

    private List<DirectoryInfo> ReadSubfolders(string path, string display)
    {
        var children = new List<DirectoryInfo>();
        try
        {
            children.AddRange(new DirectoryInfo(path).EnumerateDirectories());
        }
        catch (UnauthorizedAccessException)
        {
            _skipped(display, "permission denied");
        }
        catch (IOException e)
        {
            _skipped(display, e.Message.TrimEnd('.'));
        }

        children.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return children;
    }

    /// <summary>
    /// The path with every symbolic link resolved, like POSIX <c>realpath</c>: the identity of a folder however it was reached.
    /// Memoised, so a walk resolves each link once.
    /// </summary>
    private string Canonical(string fullPath, int hops)
    {
        if (_canonical.TryGetValue(fullPath, out var known)) return known;
        var parent = Path.GetDirectoryName(fullPath);
        string result;
        if (parent is null)
        {
            result = fullPath;
        }
        else
        {
            var canonicalParent = Canonical(parent, hops);
            var candidate = Path.Combine(canonicalParent, Path.GetFileName(fullPath));
            string? target = null;
            try
            {
                target = new DirectoryInfo(candidate).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unresolvable: the path itself is the best identity there is.
            }

            result = target is null || hops >= MaxLinkHops ? candidate : Canonical(Path.GetFullPath(target, canonicalParent), hops + 1);
        }

        _canonical[fullPath] = result;
        return result;
    }

    private static string Join(string display, string name) =>
        display is "." or "./" ? name : display.EndsWith("/", StringComparison.Ordinal) || display.EndsWith(Path.DirectorySeparatorChar) ? display + name : display + "/" + name;
}
