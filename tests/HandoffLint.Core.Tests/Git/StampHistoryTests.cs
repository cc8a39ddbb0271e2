using System;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Tests.Git;

/// <summary>HL0032 (edited without its stamp) and HL0033 (stamp went backwards), judged against the note's committed versions.</summary>
public sealed class StampHistoryTests
{
    private static readonly DateTimeOffset November16 = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_note_committed_days_after_its_stamp_was_edited_without_it()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-16", 13, "Refunds run on staging.");
        var edit = repository.Commit("Session 13 handoff", November16.AddDays(4));
        var shortHash = repository.Git("rev-parse", "--short", edit).Trim();

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.EditedWithoutStamp);
        diagnostic.Message.ShouldStartWith($"the last commit that changed the note ({shortHash}, 2026-11-20) is dated 4 days after Last Updated (2026-11-16)");
        (diagnostic.Location.Line, diagnostic.Location.Column).ShouldBe((5, 1));
    }

    [Fact]
    public void A_commit_on_the_day_after_the_stamp_is_within_the_allowed_day()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16.AddHours(13)); // 23:00 UTC: written late, committed past midnight below.
        repository.WriteNote("2026-11-16", 13, "Refunds run on staging.");
        repository.Commit("Session 13 handoff", November16.AddDays(1));

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void The_commit_date_is_read_in_the_authors_time_zone()
    {
        using var repository = GitTestRepository.Create();
        // 2026-11-18 01:00 in Auckland is still 2026-11-17 in UTC: one day after the stamp where the author lives.
        repository.WriteNote("2026-11-17", 12);
        repository.Commit("Session 12 handoff", new DateTimeOffset(2026, 11, 18, 1, 0, 0, TimeSpan.FromHours(13)));

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_committed_change_that_keeps_the_session_number_is_reported_at_the_session()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-16", 12, "Refunds run on staging.");
        var edit = repository.Commit("Mention refunds", November16.AddHours(2));
        var shortHash = repository.Git("rev-parse", "--short", edit).Trim();

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.EditedWithoutStamp);
        diagnostic.Message.ShouldStartWith($"commit {shortHash} 'Mention refunds' changed the note but kept Session 12 of the version before it");
        (diagnostic.Location.Line, diagnostic.Location.Column).ShouldBe((5, 21));
    }

    [Fact]
    public void An_uncommitted_change_that_keeps_the_session_number_is_reported()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-16", 12, "Refunds run on staging.");

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.EditedWithoutStamp);
        diagnostic.Message.ShouldStartWith("the note differs from the committed version (");
        diagnostic.Message.ShouldContain("but Last Updated still says Session 12");
    }

    [Fact]
    public void A_rewrite_with_the_next_session_is_fine_committed_or_not()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-17", 13, "Refunds run on staging.");
        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();

        repository.Commit("Session 13 handoff", November16.AddDays(1));
        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void A_lower_session_number_than_the_version_before_went_backwards()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        var first = repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-17", 11, "Refunds run on staging.");
        var second = repository.Commit("Old note back", November16.AddDays(1));
        var shortHash = repository.Git("rev-parse", "--short", second).Trim();

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.StampWentBackwards);
        diagnostic.Message.ShouldBe($"Last Updated says Session 11, earlier than Session 12 in the version before {shortHash}; Expected: a session number that increases and a date that does not go back");
        first.ShouldNotBe(second);
    }

    [Fact]
    public void An_earlier_date_than_the_committed_version_went_backwards()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-10", 13, "Refunds run on staging.");

        var diagnostic = GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.StampWentBackwards);
        diagnostic.Message.ShouldStartWith("Last Updated says 2026-11-10, earlier than 2026-11-16 in the committed version (");
        (diagnostic.Location.Line, diagnostic.Location.Column).ShouldBe((5, 1));
    }

    [Fact]
    public void The_first_commit_of_a_note_has_nothing_to_compare_with()
    {
        using var repository = GitTestRepository.Create();
        repository.CommitFile("src/Program.cs", "Start the project", November16.AddDays(-3));
        repository.WriteNote("2026-11-16", 1);
        repository.Commit("First handoff", November16);

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Each_rule_can_be_turned_off_on_its_own()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-16", 12);
        repository.Commit("Session 12 handoff", November16);
        repository.WriteNote("2026-11-10", 12, "Refunds run on staging.");

        GitLint.Lint(repository.NoteFullPath).GitDiagnostics().Select(d => d.Id).ShouldBe(new[] { RuleIds.StampWentBackwards, RuleIds.EditedWithoutStamp }, ignoreOrder: true);
        GitLint.Lint(repository.NoteFullPath, o => o.Severities[RuleIds.EditedWithoutStamp] = DiagnosticSeverity.None)
            .GitDiagnostics().Select(d => d.Id).ShouldBe(new[] { RuleIds.StampWentBackwards });
    }
}
