using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Git;

namespace HandoffLint.Tests.Git;

/// <summary>The public git API the hooks reuse, and the cache that lets one build ask git once.</summary>
public sealed class GitFactsTests
{
    [Fact]
    public void Twenty_lints_of_the_same_repository_state_ask_git_once()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 6; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        var settings = new GitSettings();

        var first = GitLint.Lint(repository.NoteFullPath, settings: settings).GitDiagnostics().Select(d => d.ToString()).ToArray();
        var afterFirst = settings.ProcessesStarted;
        var others = Enumerable.Range(0, 19).Select(_ => GitLint.Lint(repository.NoteFullPath, settings: settings).GitDiagnostics().Select(d => d.ToString()).ToArray()).ToArray();

        first.ShouldHaveSingleItem().ShouldContain("HL0031");
        afterFirst.ShouldBe(2); // The recent commits with their files, then the note's two committed versions.
        others.ShouldAllBe(o => o.SequenceEqual(first));
        settings.ProcessesStarted.ShouldBe(afterFirst);
    }

    [Fact]
    public void Parallel_lints_share_one_answer()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 6; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        var settings = new GitSettings();

        var results = new string[20][];
        Parallel.For(0, 20, i => results[i] = GitLint.Lint(repository.NoteFullPath, settings: settings).GitDiagnostics().Select(d => d.Id).ToArray());

        results.ShouldAllBe(r => r.SequenceEqual(new[] { RuleIds.CodeMovedOn }));
        settings.ProcessesStarted.ShouldBe(2);
    }

    [Fact]
    public void A_note_changed_before_the_recent_commits_is_at_least_that_stale_without_walking_the_history()
    {
        using var repository = GitTestRepository.Create();
        repository.CommitFile("src/Start.cs", "Start");
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        repository.CommitMany(GitFacts.MinimumCommitWindow + 5);
        var settings = new GitSettings();

        var facts = GitFacts.Create(repository.Root, repository.NoteFullPath, new HandoffLintOptions(), settings);

        facts.History.Value!.LastCommit.ShouldBeNull();
        facts.CommitsAfterNote.Value!.Commits.Count.ShouldBe(GitFacts.MinimumCommitWindow);
        facts.CommitsAfterNote.Value.IsCapped.ShouldBeTrue();
        settings.ProcessesStarted.ShouldBe(2); // The recent commits and the committed note; no walk through the history.
        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();
        diagnostic.Message.ShouldStartWith($"At least {GitFacts.MinimumCommitWindow} commits changed other files since the note was last committed (before the last {GitFacts.MinimumCommitWindow} commits); the newest is ");
    }

    [Fact]
    public void A_note_older_than_the_recent_commits_that_was_never_committed_is_told_apart()
    {
        using var repository = GitTestRepository.Create();
        repository.CommitFile("src/Start.cs", "Start");
        repository.CommitMany(GitFacts.MinimumCommitWindow + 5);
        repository.WriteNote("2026-11-20", 7);

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem()
            .Message.ShouldBe("The git rules could not judge this note: 'docs/SESSION-HANDOFF.md' has never been committed, so git has no history of it yet");
    }

    [Fact]
    public void The_recent_commits_give_the_exact_count_after_the_note()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        var noteCommit = repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 3; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        repository.CommitFile("src/Other.cs", "Change 4");

        var facts = GitFacts.Create(repository.Root, repository.NoteFullPath, new HandoffLintOptions(), new GitSettings());

        facts.History.Value!.LastCommit!.Hash.ShouldBe(noteCommit);
        facts.CommitsAfterNote.Value!.Commits.Select(c => c.Subject).ShouldBe(new[] { "Change 4", "Change 3", "Change 2", "Change 1" });
        facts.CommitsAfterNote.Value.IsCapped.ShouldBeFalse();
    }

    [Fact]
    public void A_new_commit_is_a_new_state_and_is_asked_about()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 5; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        var settings = new GitSettings();

        GitLint.Lint(repository.NoteFullPath, settings: settings).GitDiagnostics().ShouldBeEmpty();
        repository.CommitFile("src/File6.cs", "Change 6");

        GitLint.Lint(repository.NoteFullPath, settings: settings).GitDiagnostics().ShouldHaveSingleItem().Id.ShouldBe(RuleIds.CodeMovedOn);
    }

    [Fact]
    public void Head_is_read_on_a_branch_detached_and_before_the_first_commit()
    {
        using var repository = GitTestRepository.Create();
        var unborn = GitRepository.Open(repository.Root).ReadHead();
        unborn.HasCommits.ShouldBeFalse();
        unborn.Branch.ShouldBe("main");

        var commit = repository.CommitFile("src/A.cs", "First");
        var onBranch = GitRepository.Open(repository.Root).ReadHead();
        (onBranch.Commit, onBranch.Branch, onBranch.IsDetached).ShouldBe((commit, "main", false));

        repository.Git("pack-refs", "--all"); // The branch now lives in packed-refs only.
        GitRepository.Open(repository.Root).ReadHead().Commit.ShouldBe(commit);

        repository.Git("checkout", "--quiet", "--detach");
        var detached = GitRepository.Open(repository.Root).ReadHead();
        (detached.Commit, detached.IsDetached).ShouldBe((commit, true));
    }

    [Fact]
    public void A_worktree_reads_its_own_head()
    {
        using var repository = GitTestRepository.Create();
        repository.CommitFile("src/A.cs", "First");
        var second = repository.CommitFile("src/B.cs", "Second");
        var worktree = repository.Root + "-worktree";
        repository.Git("worktree", "add", "--quiet", "-b", "side", worktree, "HEAD~1");
        try
        {
            var head = GitRepository.Open(worktree).ReadHead();
            head.Branch.ShouldBe("side");
            head.Commit.ShouldNotBe(second);
            head.Commit.ShouldBe(repository.Git("rev-parse", "HEAD~1").Trim());
        }
        finally
        {
            repository.Git("worktree", "remove", "--force", worktree);
        }
    }

    [Fact]
    public void Changes_since_a_session_start_tell_the_note_from_other_work()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        var sessionStart = repository.Commit("Session 7 handoff");
        repository.CommitFile("src/Cart.cs", "Cart totals");
        repository.Write("src/Vat.cs", "uncommitted\n");
        var git = GitRepository.Open(repository.Root);
        var filter = new GitPathFilter(GitTestRepository.NotePath, new[] { "*.md" });

        var commits = git.GetCommitsSince(sessionStart, 1000).Commits;
        var changed = commits.SelectMany(c => c.Files).Concat(git.GetWorkingTreeChanges().Select(c => c.Path)).ToArray();

        commits.Select(c => c.Subject).ShouldBe(new[] { "Cart totals" });
        commits[0].Files.ShouldBe(new[] { "src/Cart.cs" });
        changed.ShouldNotContain(path => filter.IsNote(path));
        changed.Where(filter.Counts).Distinct().OrderBy(p => p, StringComparer.Ordinal).ShouldBe(new[] { "src/Cart.cs", "src/Vat.cs" });

        repository.WriteNote("2026-11-23", 8);
        git.GetWorkingTreeChanges().ShouldContain(c => filter.IsNote(c.Path));
        git.GetCommitsSince(sessionStart, 1000).Commits.SelectMany(c => c.Files).ShouldNotContain(path => filter.IsNote(path));
    }

    [Fact]
    public void Commits_since_an_unknown_commit_is_a_clear_failure()
    {
        using var repository = GitTestRepository.Create();
        repository.CommitFile("src/A.cs", "First");

        var failure = Should.Throw<GitException>(() => GitRepository.Open(repository.Root).GetCommitsSince("0123456789abcdef0123456789abcdef01234567"));

        failure.Failure.ShouldBe(GitFailure.UnknownRevision);
        failure.Message.ShouldBe("'0123456789abcdef0123456789abcdef01234567' does not exist in this clone");
    }

    [Fact]
    public void Commit_logs_are_capped_and_say_so()
    {
        using var repository = GitTestRepository.Create();
        for (var i = 0; i < 5; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");

        var log = GitRepository.Open(repository.Root).GetCommitsSince(null, 3);

        log.Commits.Select(c => c.Subject).ShouldBe(new[] { "Change 4", "Change 3", "Change 2" });
        log.IsCapped.ShouldBeTrue();
        GitRepository.Open(repository.Root).GetCommitsSince(null, 5).IsCapped.ShouldBeFalse();
    }

    [Fact]
    public void Facts_can_be_asked_outside_a_lint()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        var noteCommit = repository.Commit("Session 7 handoff");
        repository.Write("src/A.cs", "new\n");

        var facts = GitFacts.Create(repository.Root, repository.NoteFullPath, new HandoffLintOptions());

        facts.IsAvailable.ShouldBeTrue();
        facts.Head!.Commit.ShouldBe(noteCommit);
        facts.History.Value!.LastCommit!.Hash.ShouldBe(noteCommit);
        facts.History.Value.PreviousContent.ShouldBeNull();
        facts.WorkingTree.Value!.Select(c => (c.Path, c.Kind)).ShouldBe(new[] { ("src/A.cs", GitChangeKind.Untracked) });
    }

    [Fact]
    public void Status_entries_of_every_kind_are_read()
    {
        var output = System.Text.Encoding.UTF8.GetBytes(
            "1 .M N... 100644 100644 100644 aaaa bbbb src/a b.cs\0"
            + "2 R. N... 100644 100644 100644 aaaa bbbb R100 new name.cs\0old name.cs\0"
            + "u UU N... 100644 100644 100644 100644 aaaa bbbb cccc conflict.cs\0"
            + "? docs/new.md\0");

        GitRepository.ParseStatus(output).Select(c => (c.Path, c.Kind)).ShouldBe(new[]
        {
            ("src/a b.cs", GitChangeKind.Changed),
            ("new name.cs", GitChangeKind.Changed),
            ("conflict.cs", GitChangeKind.Unmerged),
            ("docs/new.md", GitChangeKind.Untracked),
        });
    }

    [Fact]
    public void Path_filter_matches_editorconfig_globs_from_the_repository_root()
    {
        var filter = new GitPathFilter("docs/SESSION-HANDOFF.md", new[] { "docs/**", "*.g.cs", "{CHANGELOG,NEWS}.md", "[unclosed" });

        filter.IsNote("docs/SESSION-HANDOFF.md").ShouldBeTrue();
        filter.Counts("docs/SESSION-HANDOFF.md").ShouldBeFalse();
        filter.Counts("docs/guide/intro.md").ShouldBeFalse();
        filter.Counts("src/Generated/Api.g.cs").ShouldBeFalse();
        filter.Counts("CHANGELOG.md").ShouldBeFalse();
        filter.Counts("src/Cart.cs").ShouldBeTrue();
        filter.Counts("src/docs/readme.txt").ShouldBeTrue();
    }
}
