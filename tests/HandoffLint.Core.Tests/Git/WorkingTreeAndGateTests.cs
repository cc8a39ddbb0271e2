using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Tests.Git;

/// <summary>HL0034 (uncommitted work without a note update) and HL0035 (the pull-request gate).</summary>
public sealed class WorkingTreeAndGateTests
{
    [Fact]
    public void Changed_and_new_files_with_an_unchanged_note_are_uncommitted_work()
    {
        using var repository = Committed();
        repository.Write("src/Cart.cs", "changed\n");
        repository.Write("src/Vat.cs", "new\n");

        var diagnostic = GitLint.Lint(repository.NoteFullPath, o => o.CheckWorkingTree = true).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.UncommittedWorkWithoutHandoff);
        diagnostic.Message.ShouldBe("2 files changed in the working tree but the note did not: src/Cart.cs, src/Vat.cs. Rewrite the note for this work before the session ends");
    }

    [Fact]
    public void Staged_changes_count_too()
    {
        using var repository = Committed();
        repository.Write("src/Cart.cs", "changed\n");
        repository.Git("add", "src/Cart.cs");

        GitLint.Lint(repository.NoteFullPath, o => o.CheckWorkingTree = true).GitDiagnostics().ShouldHaveSingleItem().Message.ShouldContain("1 file changed");
    }

    [Fact]
    public void Uncommitted_work_is_only_checked_when_asked()
    {
        using var repository = Committed();
        repository.Write("src/Cart.cs", "changed\n");

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_rewritten_note_covers_the_uncommitted_work()
    {
        using var repository = Committed();
        repository.Write("src/Cart.cs", "changed\n");
        repository.WriteNote("2026-11-23", 13, "Cart totals moved.");

        GitLint.Lint(repository.NoteFullPath, o => o.CheckWorkingTree = true).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Ignored_paths_are_not_uncommitted_work()
    {
        using var repository = Committed();
        repository.Write("docs/guide.md", "more docs\n");
        repository.Write("src/Api.g.cs", "regenerated\n");

        GitLint.Lint(repository.NoteFullPath, o =>
        {
            o.CheckWorkingTree = true;
            o.IgnoredPaths = new[] { "docs/**", "*.g.cs" };
        }).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Names_with_spaces_and_accents_come_back_as_written()
    {
        using var repository = Committed();
        repository.Write("src/Café totals.cs", "new\n");

        GitLint.Lint(repository.NoteFullPath, o => o.CheckWorkingTree = true).GitDiagnostics().ShouldHaveSingleItem()
            .Message.ShouldContain(": src/Café totals.cs.");
    }

    [Fact]
    public void A_branch_that_changes_files_but_not_the_note_fails_the_gate()
    {
        using var repository = Committed();
        var mergeBase = repository.Git("rev-parse", "--short=7", "HEAD").Trim();
        repository.Git("checkout", "--quiet", "-b", "feature/vat");
        repository.CommitFile("src/Vat.cs", "Round VAT per line");
        repository.CommitFile("src/Cart.cs", "Use the VAT rounding");

        var diagnostic = GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "main").GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.BranchWithoutHandoff);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Message.ShouldBe($"This branch changes 2 files since its merge base with 'main' ({mergeBase}) but not 'docs/SESSION-HANDOFF.md': src/Cart.cs, src/Vat.cs. Rewrite the note for this branch's work");
    }

    [Fact]
    public void The_gate_compares_with_the_merge_base_not_the_base_branchs_tip()
    {
        using var repository = Committed();
        repository.Git("checkout", "--quiet", "-b", "feature/vat");
        repository.CommitFile("src/Vat.cs", "Round VAT per line");
        repository.WriteNote("2026-11-23", 13, "VAT is rounded per line.");
        repository.Commit("Session 13 handoff");
        // Main moves on meanwhile; its changes are not the branch's.
        repository.Git("checkout", "--quiet", "main");
        repository.CommitFile("src/Other.cs", "Work on main");
        repository.Git("checkout", "--quiet", "feature/vat");

        GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "main").GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_branch_that_only_changes_ignored_paths_passes_the_gate()
    {
        using var repository = Committed();
        repository.Git("checkout", "--quiet", "-b", "docs/guide");
        repository.CommitFile("docs/guide.md", "Write the guide");

        GitLint.Lint(repository.NoteFullPath, o =>
        {
            o.BaseRef = "main";
            o.IgnoredPaths = new[] { "docs/**" };
        }).GitDiagnostics().ShouldBeEmpty();
        GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "main").GitDiagnostics().ShouldHaveSingleItem().Id.ShouldBe(RuleIds.BranchWithoutHandoff);
    }

    [Fact]
    public void Without_a_base_ref_there_is_no_gate()
    {
        using var repository = Committed();
        repository.Git("checkout", "--quiet", "-b", "feature/vat");
        repository.CommitFile("src/Vat.cs", "Round VAT per line");

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_base_ref_that_does_not_exist_is_one_suggestion_saying_so()
    {
        using var repository = Committed();
        repository.CommitFile("src/Vat.cs", "Round VAT per line");

        var diagnostic = GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "origin/main").GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.GitUnavailable);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Suggestion);
        diagnostic.Message.ShouldBe("The git rules could not judge this note: the base ref 'origin/main' does not exist in this clone. To let them judge, fetch the base branch (git fetch origin <base-branch>)");
    }

    [Fact]
    public void A_base_ref_that_looks_like_an_option_is_refused_not_passed_to_git()
    {
        using var repository = Committed();

        GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "--output=/tmp/x").GitDiagnostics().ShouldHaveSingleItem()
            .Message.ShouldContain("the base ref '--output=/tmp/x' does not exist in this clone");
    }

    [Fact]
    public void A_missing_note_gets_the_gate_but_no_history_rules()
    {
        using var repository = Committed();
        repository.Git("checkout", "--quiet", "-b", "feature/vat");
        repository.CommitFile("src/Vat.cs", "Round VAT per line");
        File.Delete(repository.NoteFullPath);
        repository.Commit("Drop the note");

        var result = GitLint.Lint(repository.NoteFullPath, o => o.BaseRef = "main");

        // Deleting the note changes it, so the gate passes; HL0001 tells that the note is gone, and no git rule guesses.
        result.GitDiagnostics().ShouldBeEmpty();
        result.Diagnostics.Select(d => d.Id).ShouldContain(RuleIds.HandoffMissing);
    }

    private static GitTestRepository Committed()
    {
        var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-22", 12);
        repository.Write("src/Cart.cs", "cart\n");
        repository.Write("docs/guide.md", "guide\n");
        repository.Commit("Session 12 handoff");
        return repository;
    }
}
