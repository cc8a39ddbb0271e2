using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Rules;

namespace HandoffLint.Build;

/// <summary>
/// Keeps the last lint of each note on disk, under a key made of everything the result depends on, so that a build
/// with nothing changed replays the findings instead of loading the core library and Markdig into the build process.
/// That first load (JIT and all) costs 100-200 ms; the key costs a few small file reads.
/// </summary>
/// <remarks>
/// The key covers: the note's bytes (or that it is missing, or a folder); every <c>.editorconfig</c> from the note's
/// folder up to the file-system root; today's date (staleness changes at midnight); the repository's HEAD, the ref it
/// points to, and the stamps of the packed refs, FETCH_HEAD and shallow file (what the git rules read about history);
/// the files beside the note that rules read, from the core's one list (<see cref="RuleInputFiles"/>);
/// the PATH (which git runs); and the task's own assemblies (a new package version never replays an old result).
/// The index is left out on purpose: <c>git status</c> rewrites it all the time, and with the working tree check off
/// (as in builds) the rules see the note's uncommitted edits through its content, which is in the key. A result that
/// depends on more than the key (a base ref, the working tree check) is never stored. The cache lives in the
/// user's cache folder (<c>$XDG_CACHE_HOME</c>, <c>~/.cache</c>, or <c>%LOCALAPPDATA%</c>), never in the repository;
/// deleting it is always safe. Any failure to read or write it only means linting again.
/// </remarks>
internal static class LintResultCache
{
    private const string FormatVersion = "1";

    /// <summary>How the detailed log says that a result was replayed.</summary>
    public const string ReplayedDescription = "replayed the last result (nothing it depends on has changed)";

    /// <summary>The stored outcome of a lint of <paramref name="notePath"/> today, when nothing it depends on has changed; else null.</summary>
    public static LintOutcome? TryReplay(string notePath, string? repositoryRoot, string? baseRef)
    {
        var folder = Folder();
        var key = folder is null ? null : ComputeKey(notePath, repositoryRoot, baseRef, DateTime.Now.Date);
        return key is null ? null : TryRead(folder!, notePath, key);
    }

    /// <summary>The folder the cache files live in, or null when the user has no cache folder.</summary>
    public static string? Folder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            root = Path.DirectorySeparatorChar == '\\'
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "handofflint", "build");
    }

    /// <summary>The key of a lint of <paramref name="notePath"/> today, or null when the result cannot be keyed (a base ref is set).</summary>
    public static string? ComputeKey(string notePath, string? repositoryRoot, string? baseRef, DateTime today)
    {
        if (!string.IsNullOrWhiteSpace(baseRef)) return null; // The base ref's commit can move without a local file changing.
        var key = new StringBuilder();
        Add(key, "format", FormatVersion);
        Add(key, "today", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(key, "note", notePath);
        Add(key, "root", repositoryRoot ?? "-");
        Add(key, "path", Environment.GetEnvironmentVariable("PATH") ?? "-");
        AddTaskAssemblies(key);
        Add(key, "note-content", Directory.Exists(notePath) ? "folder" : ContentHash(notePath));
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(notePath) ?? notePath); folder is not null; folder = folder.Parent)
        {
            var editorConfig = Path.Combine(folder.FullName, ".editorconfig");
            if (File.Exists(editorConfig)) Add(key, editorConfig, ContentHash(editorConfig));
        }

        var root = repositoryRoot ?? FindRepositoryRoot(Path.GetDirectoryName(notePath));
        AddGitState(key, root);
        AddRuleInputs(key, root);
        return Hash(Encoding.UTF8.GetBytes(key.ToString()));
    }

    /// <summary>The stored outcome for <paramref name="key"/>, or null.</summary>
    public static LintOutcome? TryRead(string folder, string notePath, string key)
    {
        var file = CacheFile(folder, notePath);
        return File.Exists(file) ? LintOutcome.Read(File.ReadAllText(file, Encoding.UTF8), key) : null;
    }

    /// <summary>Stores <paramref name="outcome"/> under <paramref name="key"/>: a temporary file, then a rename over the old one.</summary>
    public static void Write(string folder, string notePath, string key, LintOutcome outcome)
    {
        Directory.CreateDirectory(folder);
        var file = CacheFile(folder, notePath);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                outcome.Write(writer, key);
            }

            if (File.Exists(file)) File.Replace(temporary, file, destinationBackupFileName: null);
            else File.Move(temporary, file);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static string CacheFile(string folder, string notePath) =>
        Path.Combine(folder, Hash(Encoding.UTF8.GetBytes(notePath)) + ".txt");

    private static void AddTaskAssemblies(StringBuilder key)
    {
        var folder = Path.GetDirectoryName(typeof(LintResultCache).Assembly.Location);
        if (string.IsNullOrEmpty(folder)) return;
        foreach (var assembly in Directory.GetFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal))
        {
            Add(key, assembly, Stamp(assembly));
        }
    }

    // The files beside the note that rules read (agent instructions and settings, tool manifests: HL0040-HL0042), from the
    // core's own list, compiled into this assembly: editing CLAUDE.md or .claude/settings.local.json must not replay
    // findings about the old one. (Files the instructions @import, and programs a hook names by path, are not followed
    // here; an edit there alone is picked up at the next change of any keyed input.)
    private static void AddRuleInputs(StringBuilder key, string? root)
    {
        if (root is null) return;
        foreach (var file in RuleInputFiles.Files) Add(key, "input:" + file, ContentHash(Path.Combine(root, file)));
        foreach (var folder in RuleInputFiles.Folders) Add(key, "input-folder:" + folder, Directory.Exists(Path.Combine(root, folder)) ? "present" : "-");
        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            foreach (var file in RuleInputFiles.FilesAtRootAndAbove)
            {
                var full = Path.Combine(folder.FullName, file);
                if (File.Exists(full)) Add(key, full, ContentHash(full));
            }
        }
    }

    private static void AddGitState(StringBuilder key, string? root)
    {
        if (root is null)
        {
            Add(key, "git", "-");
            return;
        }

        var dotGit = Path.Combine(root, ".git");
        var gitDirectory = dotGit;
        if (File.Exists(dotGit))
        {
            // A worktree or submodule: ".git" is a file that says where the git directory is.
            var pointer = ReadText(dotGit);
            if (pointer.StartsWith("gitdir:", StringComparison.Ordinal)) gitDirectory = Path.GetFullPath(Path.Combine(root, pointer.Substring(7).Trim()));
        }

        var commonPointer = Path.Combine(gitDirectory, "commondir");
        var commonText = ReadText(commonPointer);
        var commonDirectory = commonText != "-" ? Path.GetFullPath(Path.Combine(gitDirectory, commonText)) : gitDirectory;

        var head = ReadText(Path.Combine(gitDirectory, "HEAD"));
        Add(key, "git-head", head);
        if (head.StartsWith("ref:", StringComparison.Ordinal))
        {
            var reference = head.Substring(4).Trim();
            Add(key, "git-ref", ReadText(Path.Combine(commonDirectory, reference)));
        }

        Add(key, "git-packed-refs", Stamp(Path.Combine(commonDirectory, "packed-refs")));
        Add(key, "git-shallow", Stamp(Path.Combine(commonDirectory, "shallow")));
        Add(key, "git-fetch-head", Stamp(Path.Combine(gitDirectory, "FETCH_HEAD")) + Stamp(Path.Combine(commonDirectory, "FETCH_HEAD")));
    }

    /// <summary>
    /// What the core library's <c>RepositoryLocator.FindRoot</c> does: the nearest folder upwards that holds <c>.git</c>.
    /// Repeated here on purpose: computing the key must not load the core library, or a replay would save nothing.
    /// </summary>
    private static string? FindRepositoryRoot(string? start)
    {
        for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return folder.FullName;
        }

        return null;
    }

    private static void Add(StringBuilder key, string name, string value) => key.Append(name).Append('\u0001').Append(value).Append('\u0002');

    /// <summary>
    /// The file's content hash, read only when that is safe without the core library's file checks (which would load it):
    /// a FIFO or a device reports length 0, so a file of length 0 is keyed by its stamp and never opened (opening a FIFO
    /// blocks, and /dev/zero never ends), and one over the core's cap is keyed by its stamp too. The lint itself reads
    /// through the core, which reports what such a path is.
    /// </summary>
    private static string ContentHash(string file)
    {
        var info = Resolved(file);
        if (info is null) return "unresolved";
        if (!info.Exists) return "-";
        if (info.Length == 0 || info.Length > MaxHashedBytes) return "unread:" + Stamp(file);
        return Hash(File.ReadAllBytes(info.FullName));
    }

    /// <summary>
    /// The file a path stands for, links followed to their final target, or null for a link that cannot be followed (a loop).
    /// A link's own <see cref="FileInfo"/> says the link exists and has the length of the path it holds: a link to /dev/zero
    /// looked like a small file and was read until memory ran out, and a dangling link was opened and threw.
    /// </summary>
    private static FileInfo? Resolved(string file)
    {
        var info = new FileInfo(file);
#if NET
        try
        {
            if (info.LinkTarget is not null) return info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        }
        catch (IOException)
        {
            return null;
        }
#endif
        return info;
    }

    /// <summary>The core library's cap on what it reads (<c>RegularFile.DefaultMaxBytes</c>), repeated so as not to load it.</summary>
    private const long MaxHashedBytes = 20L * 1024 * 1024;

    private static string ReadText(string file)
    {
        var info = Resolved(file);
        return info is { Exists: true, Length: > 0 and <= MaxHashedBytes } ? File.ReadAllText(info.FullName).Trim() : "-";
    }

    private static string Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? info.Length + ":" + info.LastWriteTimeUtc.Ticks : "-";
    }

    /// <summary>
    /// 64-bit FNV-1a, as hex. Not cryptographic, and need not be: the cache is the user's own and only has to notice
    /// change. Chosen over SHA-256 because it needs no crypto library loaded, which alone costs more than a replay.
    /// </summary>
    private static string Hash(byte[] bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes) hash = (hash ^ b) * 1099511628211UL;
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Combine(string first, string second) => string.IsNullOrEmpty(first) ? string.Empty : Path.Combine(first, second);
}
