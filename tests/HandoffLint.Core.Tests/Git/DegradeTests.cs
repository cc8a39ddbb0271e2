using System;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using HandoffLint.Diagnostics;
using HandoffLint.Git;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests.Git;

/// <summary>When git cannot answer, the git rules say why in exactly one suggestion and never report a false "stale".</summary>
public sealed class DegradeTests
{
    [Fact]
    public void A_shallow_clone_is_one_suggestion_with_how_to_fetch_history()
    {
        using var origin = StaleRepository();
        using var clone = GitTestRepository.Create(init: false);
        GitTestRepository.Run(clone.Root, origin.NextDate, "clone", "--quiet", "--depth", "1", "file://" + origin.Root.Replace('\\', '/'), "work");
        var note = Path.Combine(clone.Root, "work", "docs", "SESSION-HANDOFF.md");

        var diagnostic = GitLint.Lint(note).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.GitUnavailable);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Suggestion);
        diagnostic.Message.ShouldContain("this is a shallow clone cut at ");
        diagnostic.Message.ShouldContain("fetch-depth: 0");
        diagnostic.Message.ShouldContain("git fetch --deepen=200");
    }

    [Fact]
    public void The_gate_on_a_shallow_clone_without_the_base_branch_says_how_to_fetch_it_in_the_same_suggestion()
    {
        using var origin = StaleRepository();
        origin.Git("checkout", "--quiet", "-b", "feature/vat");
        origin.CommitFile("src/Vat.cs", "Round VAT per line");
        using var clone = GitTestRepository.Create(init: false);
        GitTestRepository.Run(clone.Root, origin.NextDate, "clone", "--quiet", "--depth", "1", "--branch", "feature/vat", "file://" + origin.Root.Replace('\\', '/'), "work");
        var note = Path.Combine(clone.Root, "work", "docs", "SESSION-HANDOFF.md");

        var diagnostic = GitLint.Lint(note, o => o.BaseRef = "origin/main").GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.GitUnavailable);
        diagnostic.Message.ShouldContain("the base ref 'origin/main' is not in this shallow clone");
        diagnostic.Message.ShouldContain("fetch the base branch (git fetch origin <base-branch>)");
        diagnostic.Message.ShouldContain("fetch-depth: 0");
    }

    [Fact]
    public void A_deep_enough_shallow_clone_is_judged()
    {
        using var origin = StaleRepository();
        using var clone = GitTestRepository.Create(init: false);
        GitTestRepository.Run(clone.Root, origin.NextDate, "clone", "--quiet", "--depth", "20", "file://" + origin.Root.Replace('\\', '/'), "work");
        var note = Path.Combine(clone.Root, "work", "docs", "SESSION-HANDOFF.md");

        GitLint.Lint(note).GitDiagnostics().ShouldHaveSingleItem().Id.ShouldBe(RuleIds.CodeMovedOn);
    }

    [Fact]
    public void A_repository_without_commits_is_one_suggestion()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-22", 1);

        var diagnostic = GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "main").GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Message.ShouldBe("The git rules could not judge this note: the repository has no commits yet (branch 'main')");
    }

    [Fact]
    public void An_untracked_note_is_one_suggestion()
    {
        using var repository = GitTestRepository.Create();
        for (var i = 0; i < 8; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        repository.WriteNote("2026-11-22", 1);

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.GitUnavailable);
        diagnostic.Message.ShouldBe("The git rules could not judge this note: 'docs/SESSION-HANDOFF.md' has never been committed, so git has no history of it yet");
    }

    [Fact]
    public void No_git_on_the_path_is_one_suggestion()
    {
        using var repository = StaleRepository();
        var emptyFolder = Directory.CreateDirectory(Path.Combine(repository.Root, "..", Path.GetFileName(repository.Root) + "-empty-path")).FullName;
        try
        {
            var settings = new GitSettings { SearchPath = emptyFolder };

            var diagnostic = GitLint.Lint(repository.NoteFullPath, o => o.CheckWorkingTree = true, settings).GitDiagnostics().ShouldHaveSingleItem();

            diagnostic.Message.ShouldBe("The git rules could not judge this note: git was not found on the PATH; install git or put it on the PATH");
            settings.ProcessesStarted.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(emptyFolder);
        }
    }

    [Fact]
    public void A_note_outside_any_repository_is_one_suggestion()
    {
        using var folder = GitTestRepository.Create(init: false);
        folder.WriteNote("2026-11-22", 1);

        GitLint.Lint(folder.NoteFullPath, o => o.BaseRef = "main").GitDiagnostics().ShouldHaveSingleItem()
            .Message.ShouldBe("The git rules could not judge this note: the note is not inside a git repository");
    }

    [Fact]
    public void A_caller_that_declares_no_repository_gets_no_git_diagnostics()
    {
        using var repository = StaleRepository();

        var result = new HandoffLinter(new FixedClock(GitLint.Today)).Lint(new LintRequest(repository.NoteFullPath) { UseEditorConfig = false, RepositoryRoot = string.Empty });

        result.GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Text_linted_without_a_repository_gets_no_git_diagnostics()
    {
        var result = new HandoffLinter(new FixedClock(GitLint.Today)).LintText(GitTestRepository.Note("2026-11-22", 1), "docs/SESSION-HANDOFF.md");

        result.GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_note_gets_no_git_diagnostics()
    {
        using var repository = StaleRepository();
        File.Delete(repository.NoteFullPath);

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [UnixFact("The stand-in git below is a shell script.")]
    [UnsupportedOSPlatform("windows")]
    public void A_git_that_hangs_is_stopped_and_said_so()
    {
        using var repository = StaleRepository();
        var fakeGitFolder = Directory.CreateDirectory(Path.Combine(repository.Root, "..", Path.GetFileName(repository.Root) + "-hanging-git")).FullName;
        try
        {
            var fakeGit = Path.Combine(fakeGitFolder, "git");
            File.WriteAllText(fakeGit, "#!/bin/sh\nexec sleep 60\n");
            File.SetUnixFileMode(fakeGit, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var settings = new GitSettings { SearchPath = fakeGitFolder + Path.PathSeparator + "/bin" + Path.PathSeparator + "/usr/bin", Timeout = TimeSpan.FromMilliseconds(300) };

            var diagnostic = GitLint.Lint(repository.NoteFullPath, settings: settings).GitDiagnostics().ShouldHaveSingleItem();

            diagnostic.Id.ShouldBe(RuleIds.GitUnavailable);
            diagnostic.Message.ShouldContain("did not finish within 0.3 seconds and was stopped");
        }
        finally
        {
            Directory.Delete(fakeGitFolder, recursive: true);
        }
    }

    /// <summary>A repository whose note is eight commits behind: stale wherever git can see that far.</summary>
    private static GitTestRepository StaleRepository()
    {
        var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 8; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        return repository;
    }
}
