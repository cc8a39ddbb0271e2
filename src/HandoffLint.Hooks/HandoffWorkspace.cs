using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Git;

namespace HandoffLint.Hooks;

/// <summary>
/// The repository a hook runs in, as far as the hooks need it: the root, git (when it is a git repository), the note and its
/// bytes, and the options <c>.editorconfig</c> gives it. Built from the folder the agent works in.
/// </summary>
internal sealed class HandoffWorkspace
{
    private HandoffWorkspace(string root, GitRepository? repository, string noteFullPath, string noteShownAs, HandoffLintOptions options, byte[]? noteBytes)
    {
        Root = root;
        Repository = repository;
        NoteFullPath = noteFullPath;
        NoteShownAs = noteShownAs;
        Options = options;
        NoteBytes = noteBytes;
        NoteHash = noteBytes is null ? null : SessionStateStore.Sha256Hex(noteBytes);
    }

    /// <summary>The repository root, or the working folder outside a repository.</summary>
    public string Root { get; }

    /// <summary>Git for this repository, or null outside one.</summary>
    public GitRepository? Repository { get; }

    /// <summary>The note's full path.</summary>
    public string NoteFullPath { get; }

    /// <summary>The note's path as the agent is told it: relative to the root, '/'-separated.</summary>
    public string NoteShownAs { get; }

    /// <summary>The options for the note (defaults and <c>.editorconfig</c>).</summary>
    public HandoffLintOptions Options { get; }

    /// <summary>The note's bytes, or null when there is no note (or it could not be read).</summary>
    public byte[]? NoteBytes { get; }

    /// <summary>The SHA-256 of the note's bytes, or null when there is no note.</summary>
    public string? NoteHash { get; }

    /// <summary>Which changed paths count as work the note should follow.</summary>
    public GitPathFilter Filter => new(NoteShownAs, Options.IgnoredPaths);

    public static HandoffWorkspace Open(string folder, string? notePath)
    {
        var full = Path.GetFullPath(folder);
        GitRepository? repository = null;
        try
        {
            repository = GitRepository.Find(full);
        }
        catch (GitException)
        {
            // A broken .git file: treated as no repository; the caller says so.
        }

        var root = repository?.Root ?? RepositoryLocator.FindRoot(full) ?? full;
        var options = new HandoffLintOptions();
        var noteFull = Path.GetFullPath(Path.Combine(root, notePath ?? options.HandoffPath));
        options.HandoffPath = notePath ?? options.HandoffPath;
        EditorConfigOptionsReader.Apply(noteFull, options);
        var shownAs = repository?.GetRelativePath(noteFull) ?? RelativeOrFull(root, noteFull);
        return new HandoffWorkspace(root, repository, noteFull, shownAs, options, TryReadBytes(noteFull));
    }

    /// <summary>The uncommitted files that count as work, with their size and modification time. Costs one git process.</summary>
    public IReadOnlyList<WorkingTreeEntry> SnapshotWorkingTree()
    {
        var filter = Filter;
        return Repository!.GetWorkingTreeChanges()
            .Where(c => filter.Counts(c.Path))
            .Select(c => Stat(c.Path))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToArray();
    }

    private WorkingTreeEntry Stat(string relativePath)
    {
        try
        {
            var info = new FileInfo(Path.Combine(Root, relativePath));
            return info.Exists ? new WorkingTreeEntry(relativePath, info.Length, info.LastWriteTimeUtc.Ticks) : new WorkingTreeEntry(relativePath, -1, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new WorkingTreeEntry(relativePath, -1, 0);
        }
    }

    private static byte[]? TryReadBytes(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string RelativeOrFull(string root, string full)
    {
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length).Replace('\\', '/') : full;
    }
}
