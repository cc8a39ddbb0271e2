using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HandoffLint.Git;

/// <summary>
/// One git repository, asked through the <c>git</c> executable (see <see cref="GitSettings"/>). Cheap facts (HEAD, whether the
/// clone is shallow) are read from the <c>.git</c> folder without starting a process; history, blobs, the working tree
/// and branch comparisons each cost one git process. Methods throw <see cref="GitException"/> with a reason fit for a
/// diagnostic when git cannot answer. Thread-safe: it holds no mutable state.
/// </summary>
internal sealed class GitRepository
{
    private const string CommitFormat = "--format=%x1e%H%x1f%h%x1f%aI%x1f%s";
    private static readonly Regex FullHash = new("^[0-9a-f]{40}([0-9a-f]{24})?$", RegexOptions.CultureInvariant);

    private GitRepository(string root, string gitDirectory, string commonDirectory, GitSettings settings)
    {
        Root = root;
        GitDirectory = gitDirectory;
        CommonDirectory = commonDirectory;
        Settings = settings;
    }

    /// <summary>The working tree's root folder (the one that holds <c>.git</c>).</summary>
    public string Root { get; }

    /// <summary>The repository's git folder (<c>.git</c>, or the worktree's folder under the main repository's).</summary>
    public string GitDirectory { get; }

    /// <summary>The folder that holds objects and shared refs (the same as <see cref="GitDirectory"/> outside worktrees).</summary>
    public string CommonDirectory { get; }

    /// <summary>How git is run for this repository.</summary>
    public GitSettings Settings { get; }

    /// <summary>The repository around <paramref name="folder"/> (the nearest <c>.git</c> upwards), or null when there is none.</summary>
    public static GitRepository? Find(string folder, GitSettings? settings = null)
    {
        var root = RepositoryLocator.FindRoot(folder);
        return root is null ? null : Open(root, settings);
    }

    /// <summary>The repository whose working tree root is <paramref name="root"/>.</summary>
    /// <exception cref="GitException">There is no usable <c>.git</c> folder or file at <paramref name="root"/>.</exception>
    public static GitRepository Open(string root, GitSettings? settings = null)
    {
        var fullRoot = Path.GetFullPath(root);
        var dotGit = Path.Combine(fullRoot, ".git");
        string gitDirectory;
        if (Directory.Exists(dotGit))
        {
            gitDirectory = dotGit;
        }
        else if (File.Exists(dotGit))
        {
            // Worktrees and submodules: ".git" is a file saying "gitdir: <path>", relative to the file's folder.
            var line = ReadFirstLine(dotGit);
            if (line is null || !line.StartsWith("gitdir:", StringComparison.Ordinal))
            {
                throw new GitException(GitFailure.NotARepository, $"'{dotGit}' is a file that does not name a git folder");
            }

            gitDirectory = Path.GetFullPath(Path.Combine(fullRoot, line.Substring("gitdir:".Length).Trim()));
        }
        else
        {
            throw new GitException(GitFailure.NotARepository, $"'{fullRoot}' is not inside a git repository");
        }

        if (!Directory.Exists(gitDirectory)) throw new GitException(GitFailure.NotARepository, $"the git folder '{gitDirectory}' does not exist");
        var common = ReadFirstLine(Path.Combine(gitDirectory, "commondir"));
        var commonDirectory = common is null ? gitDirectory : Path.GetFullPath(Path.Combine(gitDirectory, common));
        return new GitRepository(fullRoot, gitDirectory, commonDirectory, settings ?? GitSettings.Current);
    }

    /// <summary>
    /// <paramref name="fullPath"/> relative to <see cref="Root"/>, '/'-separated (as git names paths), or null when it lies outside.
    /// </summary>
    public string? GetRelativePath(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var root = Root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!full.StartsWith(root, comparison)) return null;
        var relative = full.Substring(root.Length).Replace('\\', '/');
        return relative.Length == 0 ? null : relative;
    }

    /// <summary>The commits where a shallow clone's history is cut (their parents were not fetched); empty for a full clone.</summary>
    public IReadOnlyCollection<string> ReadShallowBoundaries()
    {
        var path = Path.Combine(CommonDirectory, "shallow");
        try
        {
            return File.Exists(path)
                ? new HashSet<string>(File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0), StringComparer.Ordinal)
                : (IReadOnlyCollection<string>)Array.Empty<string>();
        }
        catch (IOException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>True for a shallow clone (CI checkouts default to depth 1): history before the cut is unknown.</summary>
    public bool IsShallow => ReadShallowBoundaries().Count > 0;

    /// <summary>Where HEAD points; read from the git folder, asking git only for layouts this reader does not know (reftable).</summary>
    public GitHead ReadHead()
    {
        var head = ReadFirstLine(Path.Combine(GitDirectory, "HEAD"));
        if (head is not null && !Directory.Exists(Path.Combine(CommonDirectory, "reftable")))
        {
            if (head.StartsWith("ref:", StringComparison.Ordinal))
            {
                var name = head.Substring(4).Trim();
                var branch = name.StartsWith("refs/heads/", StringComparison.Ordinal) ? name.Substring("refs/heads/".Length) : name;
                return new GitHead(ResolveReference(name, 0), branch);
            }

            if (FullHash.IsMatch(head)) return new GitHead(head, null);
        }

        return ReadHeadFromGit();
    }

    /// <summary>The newest commit reachable from HEAD that changed <paramref name="relativePath"/>, or null when none did.</summary>
    public GitCommit? FindLastCommitTouching(string relativePath)
    {
        var result = GitProcess.RunChecked(Settings, Root, new[] { "log", "-n", "1", "--no-renames", CommitFormat, "HEAD", "--", relativePath });
        return ParseLog(result.Output, withFiles: false).FirstOrDefault();
    }

    /// <summary>
    /// The commits reachable from HEAD but not from <paramref name="sinceCommit"/> (all of HEAD's history when null), newest first,
    /// each with the files it changed; at most <paramref name="maxCount"/>.
    /// </summary>
    public GitCommitLog GetCommitsSince(string? sinceCommit, int maxCount = 1000)
    {
        if (maxCount < 0) throw new ArgumentOutOfRangeException(nameof(maxCount));
        var range = sinceCommit is null ? "HEAD" : CheckRevision(sinceCommit) + "..HEAD";
        var arguments = new[] { "log", "-z", "--name-only", "--no-renames", CommitFormat, "-n", (maxCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), range, "--" };
        var result = GitProcess.Run(Settings, Root, arguments);
        if (result.ExitCode != 0)
        {
            if (sinceCommit is not null && !RevisionExists(sinceCommit)) throw UnknownRevision(sinceCommit);
            throw GitProcess.Failed(arguments, result);
        }

        var commits = ParseLog(result.Output, withFiles: true);
        return commits.Count > maxCount ? new GitCommitLog(commits.Take(maxCount).ToArray(), true) : new GitCommitLog(commits, false);
    }

    /// <summary>
    /// The contents of files at revisions, in one git process: each name is <c>revision:path</c> (<c>HEAD:docs/SESSION-HANDOFF.md</c>,
    /// <c>abc123^:docs/SESSION-HANDOFF.md</c>). Null for a name git cannot find or that is not a file.
    /// </summary>
    public IReadOnlyList<byte[]?> ReadFiles(IReadOnlyList<string> objectNames)
    {
        if (objectNames is null) throw new ArgumentNullException(nameof(objectNames));
        // A name git would read as an option, or that would split into two lines, is not sent: it gets null.
        var sent = Enumerable.Range(0, objectNames.Count)
            .Where(i => objectNames[i].Length > 0 && objectNames[i].IndexOf('\n') < 0 && objectNames[i].IndexOf('\r') < 0 && !objectNames[i].StartsWith("-", StringComparison.Ordinal))
            .ToArray();
        var answers = new byte[]?[objectNames.Count];
        if (sent.Length == 0) return answers;
        var result = GitProcess.RunChecked(Settings, Root, new[] { "cat-file", "--batch" }, string.Concat(sent.Select(i => objectNames[i] + "\n")));
        var parsed = ParseBatch(result.Output, sent.Length);
        for (var i = 0; i < sent.Length; i++) answers[sent[i]] = parsed[i];
        return answers;
    }

    /// <summary>The paths that differ in the working tree or index from HEAD, and untracked files (each file, not folders).</summary>
    public IReadOnlyList<GitWorkingTreeChange> GetWorkingTreeChanges()
    {
        var result = GitProcess.RunChecked(Settings, Root, new[] { "status", "--porcelain=v2", "-z", "--untracked-files=all", "--no-renames" });
        return ParseStatus(result.Output);
    }

    /// <summary>
    /// What HEAD changed since it left <paramref name="baseRef"/>: the merge base of the two and the paths that differ
    /// from it at HEAD (the changes a pull request would merge).
    /// </summary>
    /// <exception cref="GitException">The base ref does not exist (<see cref="GitFailure.UnknownRevision"/>), or shares no history
    /// with HEAD in this clone (<see cref="GitFailure.NoCommonHistory"/>), or git failed.</exception>
    public GitBranchChanges CompareWithBase(string baseRef)
    {
        var revision = CheckRevision(baseRef);
        var mergeBase = GitProcess.Run(Settings, Root, new[] { "merge-base", revision, "HEAD" });
        if (mergeBase.ExitCode == 1 && mergeBase.Output.Length == 0)
        {
            throw new GitException(GitFailure.NoCommonHistory, $"'{baseRef}' and HEAD share no history in this clone");
        }

        if (mergeBase.ExitCode != 0)
        {
            if (!RevisionExists(revision)) throw UnknownRevision(baseRef);
            throw GitProcess.Failed(new[] { "merge-base" }, mergeBase);
        }

        var hash = mergeBase.OutputText.Trim();
        var diff = GitProcess.RunChecked(Settings, Root, new[] { "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", hash, "HEAD", "--" });
        return new GitBranchChanges(baseRef, hash, SplitNul(diff.Output));
    }

    /// <summary>
    /// A key that changes whenever an answer about the history around HEAD (and <paramref name="baseRef"/>) could change:
    /// HEAD's commit, the shallow cut, and the base ref's value. Read from files; no process.
    /// </summary>
    internal string ReadStateKey(GitHead head, string? baseRef)
    {
        var parts = new List<string> { Root, head.Commit ?? "-", head.Branch ?? "-", Stamp(Path.Combine(CommonDirectory, "shallow")) };
        if (baseRef is not null)
        {
            var name = baseRef;
            var cut = name.IndexOfAny(new[] { '~', '^', ':', '@' });
            if (cut > 0) name = name.Substring(0, cut);
            parts.Add(baseRef);
            parts.Add(Stamp(Path.Combine(CommonDirectory, "packed-refs")));
            foreach (var candidate in new[] { name, "refs/" + name, "refs/tags/" + name, "refs/heads/" + name, "refs/remotes/" + name, "refs/remotes/" + name + "/HEAD" })
            {
                parts.Add(ReadFirstLine(Path.Combine(GitDirectory, candidate)) ?? ReadFirstLine(Path.Combine(CommonDirectory, candidate)) ?? "-");
            }
        }

        return string.Join("\u0001", parts);
    }

    internal static IReadOnlyList<GitCommit> ParseLog(byte[] output, bool withFiles)
    {
        var commits = new List<GitCommit>();
        var text = GitText.Decode(output);
        foreach (var record in text.Split('\u001e'))
        {
            if (record.Length == 0) continue;
            var headerEnd = record.IndexOf(withFiles ? '\0' : '\n');
            var header = headerEnd < 0 ? record : record.Substring(0, headerEnd);
            var fields = header.Split('\u001f');
            if (fields.Length < 4) continue;
            if (!DateTimeOffset.TryParse(fields[2], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) continue;
            var files = withFiles && headerEnd >= 0
                ? record.Substring(headerEnd + 1).Split('\0').Select(f => f.Trim('\n')).Where(f => f.Length > 0).ToArray()
                : Array.Empty<string>();
            commits.Add(new GitCommit(fields[0], fields[1], date, string.Join("\u001f", fields.Skip(3)), files));
        }

        return commits;
    }

    internal static IReadOnlyList<GitWorkingTreeChange> ParseStatus(byte[] output)
    {
        var changes = new List<GitWorkingTreeChange>();
        var entries = GitText.Decode(output).Split('\0');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Length < 2) continue;
            switch (entry[0])
            {
                case '1':
                    AddField(entry, 8, GitChangeKind.Changed);
                    break;
                case '2':
                    AddField(entry, 9, GitChangeKind.Changed);
                    i++; // The original path of a rename follows as its own entry.
                    break;
                case 'u':
                    AddField(entry, 10, GitChangeKind.Unmerged);
                    break;
                case '?':
                    changes.Add(new GitWorkingTreeChange(entry.Substring(2), GitChangeKind.Untracked));
                    break;
            }
        }

        return changes;

        void AddField(string entry, int fieldsBefore, GitChangeKind kind)
        {
            var fields = entry.Split(new[] { ' ' }, fieldsBefore + 1);
            if (fields.Length == fieldsBefore + 1) changes.Add(new GitWorkingTreeChange(fields[fieldsBefore], kind));
        }
    }

    internal static IReadOnlyList<byte[]?> ParseBatch(byte[] output, int count)
    {
        var answers = new List<byte[]?>();
        var position = 0;
        while (answers.Count < count && position < output.Length)
        {
            var lineEnd = Array.IndexOf(output, (byte)'\n', position);
            if (lineEnd < 0) break;
            var header = GitText.Decode(output, position, lineEnd - position).Split(' ');
            position = lineEnd + 1;
            // "<oid> <type> <size>" then the content and a newline; "<name> missing" (or ambiguous) has no content.
            if (header.Length == 3 && long.TryParse(header[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size)
                && size <= output.Length - position && FullHash.IsMatch(header[0]))
            {
                var content = new byte[size];
                Array.Copy(output, position, content, 0, size);
                position += (int)size + 1;
                answers.Add(header[1] == "blob" ? content : null);
            }
            else
            {
                answers.Add(null);
            }
        }

        while (answers.Count < count) answers.Add(null);
        return answers;
    }

    private static IReadOnlyList<string> SplitNul(byte[] output) =>
        GitText.Decode(output).Split('\0').Where(p => p.Length > 0).ToArray();

    /// <summary>Refuses what git would read as an option, or what cannot be one revision.</summary>
    private static string CheckRevision(string revision)
    {
        if (string.IsNullOrWhiteSpace(revision) || revision.StartsWith("-", StringComparison.Ordinal) || revision.Any(char.IsControl) || revision.Any(char.IsWhiteSpace))
        {
            throw new GitException(GitFailure.UnknownRevision, $"'{revision}' is not a valid git revision");
        }

        return revision;
    }

    private static GitException UnknownRevision(string revision) =>
        new(GitFailure.UnknownRevision, $"'{revision}' does not exist in this clone");

    private bool RevisionExists(string revision) =>
        GitProcess.Run(Settings, Root, new[] { "rev-parse", "--verify", "--quiet", revision + "^{commit}" }).ExitCode == 0;

    private GitHead ReadHeadFromGit()
    {
        var commit = GitProcess.Run(Settings, Root, new[] { "rev-parse", "--verify", "--quiet", "HEAD" });
        var branch = GitProcess.Run(Settings, Root, new[] { "symbolic-ref", "--quiet", "--short", "HEAD" });
        if (commit.ExitCode > 1 || branch.ExitCode > 1) throw GitProcess.Failed(new[] { "rev-parse" }, commit.ExitCode > 1 ? commit : branch);
        return new GitHead(
            commit.ExitCode == 0 ? commit.OutputText.Trim() : null,
            branch.ExitCode == 0 ? branch.OutputText.Trim() : null);
    }

    private string? ResolveReference(string name, int depth)
    {
        if (depth > 5) return null;
        foreach (var folder in new[] { GitDirectory, CommonDirectory })
        {
            var value = ReadFirstLine(Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar)));
            if (value is null) continue;
            if (value.StartsWith("ref:", StringComparison.Ordinal)) return ResolveReference(value.Substring(4).Trim(), depth + 1);
            if (FullHash.IsMatch(value)) return value;
        }

        var packed = Path.Combine(CommonDirectory, "packed-refs");
        if (!File.Exists(packed)) return null;
        try
        {
            foreach (var line in File.ReadLines(packed))
            {
                if (line.Length == 0 || line[0] == '#' || line[0] == '^') continue;
                var space = line.IndexOf(' ');
                if (space > 0 && string.Equals(line.Substring(space + 1), name, StringComparison.Ordinal)) return line.Substring(0, space);
            }
        }
        catch (IOException)
        {
            return null;
        }

        return null;
    }

    private static string? ReadFirstLine(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var reader = new StreamReader(path);
            return reader.ReadLine()?.Trim();
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            return null;
        }
    }

    private static string Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@" + info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            return "?";
        }
    }
}

/// <summary>Commits from a log, newest first, and whether there were more than were asked for.</summary>
internal sealed class GitCommitLog
{
    /// <summary>Creates the record.</summary>
    public GitCommitLog(IReadOnlyList<GitCommit> commits, bool isCapped)
    {
        Commits = commits;
        IsCapped = isCapped;
    }

    /// <summary>The commits, newest first.</summary>
    public IReadOnlyList<GitCommit> Commits { get; }

    /// <summary>True when the history went on beyond the commits returned.</summary>
    public bool IsCapped { get; }
}
