using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using HandoffLint.Configuration;

namespace HandoffLint.Git;

/// <summary>
/// What git knows about one note in one lint, asked lazily and at most once: the note's last commit and its committed
/// versions, the commits since, the working tree, and the branch against a base ref. The history answers are cached per
/// repository state (HEAD, shallow cut, base ref) across lints in the process, so the 20 projects of one build ask git once;
/// the working tree is asked per lint. Every answer is a <see cref="GitAnswer{T}"/>: a value, or the reason there is none,
/// so that the git rules never guess. A <see cref="ResolvedNote"/> asks for its facts once; its rules share them.
/// </summary>
internal sealed class GitFacts
{
    /// <summary>
    /// How many recent commits one <c>git log</c> lists (with their files) to find the note's last change and count the commits
    /// since; when the note last changed before them, the count is reported as "at least" this many and the rules about
    /// the note's last edit (HL0032, HL0033) do not judge an edit that old.
    /// </summary>
    public const int MinimumCommitWindow = 100;

    /// <summary>
    /// How many of the note's committed versions are read for the stuck-work rule (HL0036) when its threshold is lower:
    /// enough to say since when an item has been stuck, few enough that one <c>git cat-file --batch</c> reads them at once.
    /// </summary>
    public const int MinimumNoteVersions = 24;

    /// <summary>What fetching more history takes, for reasons given on shallow clones.</summary>
    public const string FetchAdvice =
        "fetch enough history ('fetch-depth: 0' on actions/checkout in GitHub Actions; git fetch --deepen=200, or --unshallow, elsewhere)";

    /// <summary>What fetching the gate's base branch takes, for a base ref the clone does not have.</summary>
    public const string FetchBaseAdvice = "fetch the base branch (git fetch origin <base-branch>)";

    private readonly SharedAnswers? _shared;
    private readonly Lazy<GitAnswer<IReadOnlyList<GitWorkingTreeChange>>> _workingTree;

    private GitFacts(bool isApplicable, string? unavailableReason, GitRepository? repository, GitHead? head, GitPathFilter? filter, string? baseRef, SharedAnswers? shared)
    {
        IsApplicable = isApplicable;
        UnavailableReason = unavailableReason;
        Repository = repository;
        Head = head;
        Filter = filter;
        BaseRef = baseRef;
        _shared = shared;
        _workingTree = new Lazy<GitAnswer<IReadOnlyList<GitWorkingTreeChange>>>(AskWorkingTree, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// False when there is nothing for git to judge and nobody to tell: text linted with no file and no repository.
    /// The git rules are then silent.
    /// </summary>
    public bool IsApplicable { get; }

    /// <summary>Why git cannot be asked at all (no repository, no git, no commits); null when it can.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The repository, when there is one.</summary>
    public GitRepository? Repository { get; }

    /// <summary>Where HEAD points, when it could be read.</summary>
    public GitHead? Head { get; }

    /// <summary>The note's path and the paths that do not count; null when the note is not inside the repository.</summary>
    public GitPathFilter? Filter { get; }

    /// <summary>The base ref of the pull-request gate, when one was given.</summary>
    public string? BaseRef { get; }

    /// <summary>True when git can be asked about this note.</summary>
    public bool IsAvailable => UnavailableReason is null && _shared is not null;

    /// <summary>The note's last commit and committed versions.</summary>
    public GitAnswer<GitNoteHistory> History => _shared?.History ?? GitAnswer<GitNoteHistory>.Unknown(UnavailableReason ?? "git was not asked");

    /// <summary>The commits after the note's last commit, newest first, each with its files (at most a window of them).</summary>
    public GitAnswer<GitCommitLog> CommitsAfterNote => _shared?.CommitsAfterNote ?? GitAnswer<GitCommitLog>.Unknown(UnavailableReason ?? "git was not asked");

    /// <summary>The working tree's changes against HEAD, asked once per lint.</summary>
    public GitAnswer<IReadOnlyList<GitWorkingTreeChange>> WorkingTree => _workingTree.Value;

    /// <summary>What the branch changed since its merge base with <see cref="BaseRef"/>.</summary>
    public GitAnswer<GitBranchChanges> BranchChanges => _shared?.BranchChanges ?? GitAnswer<GitBranchChanges>.Unknown(UnavailableReason ?? "git was not asked");

    /// <summary>
    /// The facts for the note at <paramref name="noteFullPath"/> in the repository at <paramref name="repositoryRoot"/>, as a lint
    /// with <paramref name="options"/> would see them.
    /// </summary>
    public static GitFacts Create(string repositoryRoot, string noteFullPath, HandoffLintOptions options, GitSettings? settings = null)
    {
        if (repositoryRoot is null) throw new ArgumentNullException(nameof(repositoryRoot));
        if (noteFullPath is null) throw new ArgumentNullException(nameof(noteFullPath));
        if (options is null) throw new ArgumentNullException(nameof(options));
        return Ask(repositoryRoot, Path.GetFullPath(noteFullPath), options, settings ?? GitSettings.Current);
    }

    /// <summary>
    /// Asks git the questions a lint will ask, at the same time instead of one after another: the note's history, the working
    /// tree and the branch are independent git processes. Answers are computed once whoever asks first.
    /// </summary>
    public void Prefetch(bool history, bool workingTree, bool branch)
    {
        var work = new List<Action>();
        if (history && _shared is not null) work.Add(() => _ = _shared.CommitsAfterNote);
        if (workingTree) work.Add(() => _ = WorkingTree);
        if (branch && _shared is not null) work.Add(() => _ = _shared.BranchChanges);
        if (work.Count > 1) System.Threading.Tasks.Parallel.Invoke(work.ToArray());
        else if (work.Count == 1) work[0]();
    }

    /// <summary>How many committed versions of the note a lint with <paramref name="options"/> reads: none when HL0036 is off.</summary>
    public static int NoteVersionsToRead(HandoffLintOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        return options.GetSeverity(Rules.Git.TopPriorityMustMoveRule.Rule) == Diagnostics.DiagnosticSeverity.None
            ? 0
            : Math.Max(MinimumNoteVersions, options.StuckAfterVersions);
    }

    /// <summary>Drops every cached answer (tests, and hosts that know the repository changed under them).</summary>
    public static void ClearCache() => GitAnswerCache.Clear();

    private static GitFacts Ask(string repositoryRoot, string noteFullPath, HandoffLintOptions options, GitSettings settings)
    {
        GitRepository repository;
        try
        {
            repository = GitRepository.Open(repositoryRoot, settings);
        }
        catch (GitException e)
        {
            return Unavailable(e.Message);
        }

        var notePath = repository.GetRelativePath(noteFullPath);
        if (notePath is null) return Unavailable($"the note is outside the repository at '{repository.Root}'", repository);
        var filter = new GitPathFilter(notePath, options.IgnoredPaths);
        if (GitExecutable.Find(settings) is null) return Unavailable("git was not found on the PATH; install git or put it on the PATH", repository, null, filter);

        GitHead head;
        try
        {
            head = repository.ReadHead();
        }
        catch (GitException e)
        {
            return Unavailable(e.Message, repository, null, filter);
        }

        if (!head.HasCommits) return Unavailable($"the repository has no commits yet (branch '{head.Branch}')", repository, head, filter);

        var window = Math.Max(MinimumCommitWindow, options.MaxCommitsBehind + 1);
        var versions = NoteVersionsToRead(options);
        var key = string.Join(
            "\u0000",
            settings.CacheKey,
            repository.ReadStateKey(head, options.BaseRef),
            notePath,
            window.ToString(System.Globalization.CultureInfo.InvariantCulture),
            versions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var shared = GitAnswerCache.GetOrAdd(key, () => new SharedAnswers(repository, notePath, window, versions, options.BaseRef));
        return new GitFacts(true, null, repository, head, filter, options.BaseRef, shared);
    }

    /// <summary>Facts for a lint with nothing for git to judge and nobody to tell (text without a file or a repository).</summary>
    internal static GitFacts NotApplicable() => new(false, null, null, null, null, null, null);

    /// <summary>Facts that say why git cannot be asked.</summary>
    internal static GitFacts Unavailable(string reason, GitRepository? repository = null, GitHead? head = null, GitPathFilter? filter = null) =>
        new(true, reason, repository, head, filter, null, null);

    private GitAnswer<IReadOnlyList<GitWorkingTreeChange>> AskWorkingTree()
    {
        if (!IsAvailable || Repository is null) return GitAnswer<IReadOnlyList<GitWorkingTreeChange>>.Unknown(UnavailableReason ?? "git was not asked");
        try
        {
            return GitAnswer<IReadOnlyList<GitWorkingTreeChange>>.Known(Repository.GetWorkingTreeChanges());
        }
        catch (GitException e)
        {
            return GitAnswer<IReadOnlyList<GitWorkingTreeChange>>.Unknown(e.Message);
        }
    }

    /// <summary>The answers that depend only on the repository's state, so lints of the same state can share them.</summary>
    private sealed class SharedAnswers
    {
        private readonly GitRepository _repository;
        private readonly string _notePath;
        private readonly int _window;
        private readonly int _versions;
        private readonly string? _baseRef;
        private readonly Lazy<GitAnswer<GitCommitLog>> _recent;
        private readonly Lazy<GitAnswer<GitNoteHistory>> _history;
        private readonly Lazy<GitAnswer<GitCommitLog>> _commitsAfterNote;
        private readonly Lazy<GitAnswer<GitBranchChanges>> _branchChanges;

        public SharedAnswers(GitRepository repository, string notePath, int window, int versions, string? baseRef)
        {
            _repository = repository;
            _notePath = notePath;
            _window = window;
            _versions = versions;
            _baseRef = baseRef;
            _recent = new Lazy<GitAnswer<GitCommitLog>>(AskRecentCommits, LazyThreadSafetyMode.ExecutionAndPublication);
            _history = new Lazy<GitAnswer<GitNoteHistory>>(AskHistory, LazyThreadSafetyMode.ExecutionAndPublication);
            _commitsAfterNote = new Lazy<GitAnswer<GitCommitLog>>(AskCommitsAfterNote, LazyThreadSafetyMode.ExecutionAndPublication);
            _branchChanges = new Lazy<GitAnswer<GitBranchChanges>>(AskBranchChanges, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public GitAnswer<GitNoteHistory> History => _history.Value;

        public GitAnswer<GitCommitLog> CommitsAfterNote => _commitsAfterNote.Value;

        public GitAnswer<GitBranchChanges> BranchChanges => _branchChanges.Value;

        // One log of the recent commits with their files answers both "when did the note last change" and "what came
        // since" in the common case, where the note changes every session: no history walk, no second log.
        private GitAnswer<GitCommitLog> AskRecentCommits()
        {
            try
            {
                return GitAnswer<GitCommitLog>.Known(_repository.GetCommitsSince(null, _window));
            }
            catch (GitException e)
            {
                return GitAnswer<GitCommitLog>.Unknown(e.Message);
            }
        }

        private GitAnswer<GitNoteHistory> AskHistory()
        {
            var recent = _recent.Value;
            if (recent.Value is null) return GitAnswer<GitNoteHistory>.Unknown(recent.Reason!);
            try
            {
                var boundaries = _repository.ReadShallowBoundaries();
                var last = recent.Value.Commits.FirstOrDefault(TouchesNote);
                if (last is null && recent.Value.IsCapped)
                {
                    // The note last changed before the recent commits. Finding that commit would walk the whole history
                    // (hundreds of milliseconds on a big repository) for rules about an edit that old; the count since is
                    // already known to be at least the window, which is what HL0031 reports.
                    var committed = _repository.ReadFiles(new[] { "HEAD:" + _notePath })[0];
                    return committed is null
                        ? GitAnswer<GitNoteHistory>.Unknown($"'{_notePath}' has never been committed, so git has no history of it yet")
                        : GitAnswer<GitNoteHistory>.Known(new GitNoteHistory(null, committed, null));
                }

                if (last is null)
                {
                    return boundaries.Count > 0
                        ? GitAnswer<GitNoteHistory>.Unknown($"this is a shallow clone and no commit in it changed '{_notePath}'", FetchAdvice)
                        : GitAnswer<GitNoteHistory>.Unknown($"'{_notePath}' has never been committed, so git has no history of it yet");
                }

                if (boundaries.Contains(last.Hash))
                {
                    // A shallow clone's cut commit looks as if it added every file; the note's real last change is older and unknown.
                    return GitAnswer<GitNoteHistory>.Unknown($"this is a shallow clone cut at {last.ShortHash}, so when '{_notePath}' last changed is unknown", FetchAdvice);
                }

                // The versions the stuck-work rule compares come in the same cat-file process as the two above. A shallow cut's
                // commit only looks as if it changed the note, so the versions stop before it.
                var changes = recent.Value.Commits.Where(TouchesNote).ToArray();
                var versionCommits = changes.TakeWhile(c => !boundaries.Contains(c.Hash)).Take(_versions).ToArray();
                var names = new[] { "HEAD:" + _notePath, last.Hash + "^:" + _notePath }.Concat(versionCommits.Select(c => c.Hash + ":" + _notePath)).ToArray();
                var contents = _repository.ReadFiles(names);
                if (contents[0] is null) return GitAnswer<GitNoteHistory>.Unknown($"'{_notePath}' is not committed at HEAD (it is new, or was deleted in {last.ShortHash})");
                var versions = versionCommits.Select((c, i) => new GitNoteVersion(c, contents[i + 2])).ToArray();
                var versionsGoOn = recent.Value.IsCapped || boundaries.Count > 0 || changes.Length > versionCommits.Length;
                return GitAnswer<GitNoteHistory>.Known(new GitNoteHistory(last, contents[0]!, contents[1], versions, versionsGoOn));
            }
            catch (GitException e)
            {
                return GitAnswer<GitNoteHistory>.Unknown(e.Message);
            }
        }

        private GitAnswer<GitCommitLog> AskCommitsAfterNote()
        {
            var history = History;
            if (history.Value is null) return GitAnswer<GitCommitLog>.Unknown(history.Reason!);
            var recent = _recent.Value.Value!;
            var index = -1;
            for (var i = 0; i < recent.Commits.Count && index < 0 && history.Value.LastCommit is not null; i++)
            {
                if (string.Equals(recent.Commits[i].Hash, history.Value.LastCommit.Hash, StringComparison.Ordinal)) index = i;
            }

            // The note's last change lies beyond the recent commits: all of them came after it, and more may have.
            return index < 0
                ? GitAnswer<GitCommitLog>.Known(new GitCommitLog(recent.Commits, true))
                : GitAnswer<GitCommitLog>.Known(new GitCommitLog(recent.Commits.Take(index).ToArray(), false));
        }

        private bool TouchesNote(GitCommit commit)
        {
            foreach (var file in commit.Files)
            {
                if (string.Equals(file, _notePath, StringComparison.Ordinal)) return true;
            }

            return false;
        }

        private GitAnswer<GitBranchChanges> AskBranchChanges()
        {
            if (_baseRef is null) return GitAnswer<GitBranchChanges>.Unknown("no base ref was given");
            try
            {
                return GitAnswer<GitBranchChanges>.Known(_repository.CompareWithBase(_baseRef));
            }
            catch (GitException e)
            {
                var shallow = _repository.IsShallow;
                return e.Failure switch
                {
                    GitFailure.UnknownRevision when shallow =>
                        GitAnswer<GitBranchChanges>.Unknown($"the base ref '{_baseRef}' is not in this shallow clone", FetchAdvice + "\n" + FetchBaseAdvice),
                    GitFailure.UnknownRevision =>
                        GitAnswer<GitBranchChanges>.Unknown($"the base ref '{_baseRef}' does not exist in this clone", FetchBaseAdvice),
                    GitFailure.NoCommonHistory when shallow =>
                        GitAnswer<GitBranchChanges>.Unknown($"this shallow clone does not reach the merge base of '{_baseRef}' and HEAD", FetchAdvice),
                    GitFailure.NoCommonHistory =>
                        GitAnswer<GitBranchChanges>.Unknown($"'{_baseRef}' and HEAD share no history, so the branch has no merge base to compare with"),
                    _ => GitAnswer<GitBranchChanges>.Unknown(e.Message),
                };
            }
        }
    }
}

/// <summary>
/// Answers shared across lints of the same repository state. Keyed by everything that could change an answer (HEAD, the
/// shallow cut, the base ref's value, the note's path), so an entry is never wrong for its key; entries still expire after a
/// minute so that a long-lived build node does not hold them forever.
/// </summary>
internal static class GitAnswerCache
{
    private const int MaximumEntries = 64;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private static readonly object Gate = new();
    private static readonly Dictionary<string, (object Value, DateTime Created)> Entries = new(StringComparer.Ordinal);

    public static T GetOrAdd<T>(string key, Func<T> create)
        where T : class
    {
        var now = DateTime.UtcNow;
        lock (Gate)
        {
            if (Entries.TryGetValue(key, out var entry) && now - entry.Created < Lifetime && entry.Value is T cached) return cached;
            if (Entries.Count >= MaximumEntries)
            {
                foreach (var stale in Entries.Where(e => now - e.Value.Created >= Lifetime).Select(e => e.Key).ToArray()) Entries.Remove(stale);
                if (Entries.Count >= MaximumEntries) Entries.Clear();
            }

            // The value only holds lazies: creating it starts no git process, so holding the lock here is cheap.
            var created = create();
            Entries[key] = (created, now);
            return created;
        }
    }

    public static void Clear()
    {
        lock (Gate) Entries.Clear();
    }
}
