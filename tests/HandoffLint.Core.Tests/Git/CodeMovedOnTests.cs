using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Tests.Git;

public sealed class CodeMovedOnTests
{
    [Fact]
    public void More_commits_than_allowed_after_the_note_names_the_count_and_the_newest_commit()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 5; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        var newest = repository.CommitFile("src/Parser.cs", "Teach the parser tables");
        var shortHash = repository.Git("rev-parse", "--short", newest).Trim();

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.CodeMovedOn);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Message.ShouldStartWith("6 commits changed other files since the note was last committed (in ");
        diagnostic.Message.ShouldContain($"the newest is {shortHash} 'Teach the parser tables'");
        diagnostic.Message.ShouldContain("Expected: at most 5");
        diagnostic.Location.Line.ShouldBe(5); // The stamp.
    }

    [Fact]
    public void As_many_commits_as_allowed_is_fine()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 5; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void The_limit_comes_from_the_options()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        repository.CommitFile("src/A.cs", "One change");
        repository.CommitFile("src/B.cs", "Another change");

        GitLint.Lint(repository.NoteFullPath, o => o.MaxCommitsBehind = 1).GitDiagnostics().ShouldHaveSingleItem().Message.ShouldStartWith("2 commits");
        GitLint.Lint(repository.NoteFullPath, o => o.MaxCommitsBehind = 2).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Commits_that_only_touch_ignored_paths_do_not_count()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 8; i++) repository.CommitFile($"docs/guide/page{i}.md", $"Document page {i}");
        repository.CommitFile("src/Generated/Api.g.cs", "Regenerate the client");

        GitLint.Lint(repository.NoteFullPath, o => o.IgnoredPaths = new[] { "docs/**", "*.g.cs" }).GitDiagnostics().ShouldBeEmpty();
        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem().Id.ShouldBe(RuleIds.CodeMovedOn);
    }

    [Fact]
    public void A_note_being_rewritten_in_the_working_tree_is_not_stale()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 7; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        repository.WriteNote("2026-11-23", 8, "Everything since session 7 is written down.");

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Line_endings_changed_by_a_checkout_are_not_an_edit()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 6; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        File.WriteAllText(repository.NoteFullPath, File.ReadAllText(repository.NoteFullPath).Replace("\n", "\r\n"));

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem().Id.ShouldBe(RuleIds.CodeMovedOn);
    }

    [Fact]
    public void A_detached_head_is_still_judged()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 6; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        repository.Git("checkout", "--quiet", "--detach", "HEAD");

        var diagnostics = GitLint.Lint(repository.NoteFullPath).GitDiagnostics();

        diagnostics.Select(d => d.Id).ShouldBe(new[] { RuleIds.CodeMovedOn });
    }

    [Fact]
    public void Turning_the_git_rules_off_starts_no_git_process()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-20", 7);
        repository.Commit("Session 7 handoff");
        for (var i = 1; i <= 6; i++) repository.CommitFile($"src/File{i}.cs", $"Change {i}");
        var settings = new HandoffLint.Git.GitSettings();

        GitLint.Lint(repository.NoteFullPath, o => o.GitRulesEnabled = false, settings).GitDiagnostics().ShouldBeEmpty();

        settings.ProcessesStarted.ShouldBe(0);
    }
}
