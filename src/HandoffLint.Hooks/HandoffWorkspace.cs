using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Git;

namespace HandoffLint.Hooks;

/// <summary>
/// The repository a hook runs in, as far as the hooks need it: the note resolved once by the core (root, options, bytes,
/// parse, git), and git's repository when there is one. Built from the folder the agent works in.
/// </summary>
internal sealed class HandoffWorkspace
{
    private Task<IReadOnlyList<GitWorkingTreeChange>>? _pendingChanges;

    private HandoffWorkspace(ResolvedNote note, Task<IReadOnlyList<GitWorkingTreeChange>>? pendingChanges)
    {
        Note = note;
        _pendingChanges = pendingChanges;
        NoteHash = note.Bytes is null ? null : SessionStateStore.ContentHash(note.Bytes);
    }

    /// <summary>The note as the core resolved it; lint it with <see cref="HandoffLinter.Lint(ResolvedNote)"/>, nothing is read again.</summary>
    public ResolvedNote Note { get; }

    /// <summary>The repository root, or the working folder outside a repository.</summary>
    public string Root => Note.RepositoryRoot!;

    /// <summary>Git for this repository, or null outside one.</summary>
    public GitRepository? Repository => Note.Git.Repository;

    /// <summary>The note's full path.</summary>
    public string NoteFullPath => Note.FullPath;

    /// <summary>The note's path as the agent is told it: relative to the root, '/'-separated.</summary>
    public string NoteShownAs => Note.DisplayPath;

    /// <summary>The options for the note (defaults, <c>.editorconfig</c>, the hook's own switches).</summary>
    public HandoffLintOptions Options => Note.Options;

    /// <summary>The note's bytes, or null when there is no note (or it could not be read).</summary>
    public byte[]? NoteBytes => Note.Bytes;

    /// <summary>
    /// Why something at the note's path could not be read at all (a folder, a FIFO, a device, a dangling link, more than
    /// the cap), or null: then nothing is checked, and the hook says so on standard error.
    /// </summary>
    public string? NoteProblem => Note.Bytes is null && Note.FileState == HandoffFileState.Unreadable ? Note.ReadFailure : null;

    /// <summary>What the hooks could not read (the note, an <c>.editorconfig</c>), one line each for standard error.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = Note.ConfigurationDiagnostics.Where(d => d.Id == RuleIds.FileUnreadable).Select(d => d.ToString(RelativeOrFull(Root, d.Location.Path))).ToList();
            if (NoteProblem is { } problem) problems.Insert(0, $"the handoff note {NoteShownAs} cannot be read: {problem}; nothing was checked");
            return problems;
        }
    }

    /// <summary>The note's <see cref="SessionStateStore.ContentHash"/>, or null when there is no note.</summary>
    public string? NoteHash { get; }

    /// <summary>Which changed paths count as work the note should follow.</summary>
    public GitPathFilter Filter => new(NoteShownAs, Options.IgnoredPaths);

    /// <summary>
    /// The workspace around <paramref name="folder"/>: the note at <paramref name="notePath"/> (relative to the repository root,
    /// or absolute; the configured default when null), resolved with <paramref name="configure"/>'s switches. With
    /// <paramref name="startWorkingTreeSnapshot"/>, git is asked for the working tree's changes at once, in the background,
    /// for a caller that will want <see cref="SnapshotWorkingTree"/>.
    /// </summary>
    public static HandoffWorkspace Open(string folder, string? notePath, Action<HandoffLintOptions> configure, bool startWorkingTreeSnapshot = false)
    {
        var request = LintRequest.ForRepositoryNote(Path.GetFullPath(folder), notePath);
        // git status is the largest part of a Stop hook (a process, and a walk of the working tree); started first, it runs
        // while the note and its configuration are read and parsed instead of after them.
        var pendingChanges = startWorkingTreeSnapshot && request.RepositoryRoot is { } repositoryRoot
            ? Task.Factory.StartNew(
                () => GitRepository.Open(repositoryRoot).GetWorkingTreeChanges(),
                CancellationToken.None,
                TaskCreationOptions.LongRunning, // a thread of its own: starting the thread pool first would delay git by a millisecond
                TaskScheduler.Default)
            : null;
        // Outside a repository the working folder stands in for the root: the protocol rules look there, and git says why it cannot judge.
        var root = request.RepositoryRoot ??= Path.GetFullPath(folder);
        request.DisplayPath = RelativeOrFull(root, request.Path);
        request.Configure = options =>
        {
            if (notePath is not null) options.HandoffPath = notePath;
            configure(options);
        };
        return new HandoffWorkspace(ResolvedNote.Resolve(request), pendingChanges);
    }

    /// <summary>
    /// The uncommitted files that count as work, with their size and modification time. Costs one git process, unless
    /// <see cref="Open"/> started it (its answer is used once) or the lint already asked git the same question.
    /// </summary>
    /// <exception cref="GitException">git failed.</exception>
    public IReadOnlyList<WorkingTreeEntry> SnapshotWorkingTree()
    {
        var filter = Filter;
        var changes = Interlocked.Exchange(ref _pendingChanges, null) is { } pending
            ? pending.GetAwaiter().GetResult()
            : Note.Git.WorkingTree.Value ?? Repository!.GetWorkingTreeChanges();
        return changes
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

    private static string RelativeOrFull(string root, string full)
    {
        var prefix = root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length).Replace('\\', '/') : full;
    }
}
