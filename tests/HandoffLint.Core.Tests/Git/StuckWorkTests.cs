using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Git;

namespace HandoffLint.Tests.Git;

/// <summary>HL0036: a P0 item carried unchanged through committed versions of the note, on real git repositories.</summary>
public sealed class StuckWorkTests
{
    private static readonly DateTimeOffset November2 = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_P0_carried_through_three_versions_is_stuck_since_the_first_of_them()
    {
        using var repository = GitTestRepository.Create();
        var first = CommitSessions(repository, "- [P0] Ship the release\n- [P1] Tidy up", "- [P0] Ship the release\n- [P1] Rotate the keys", "- [P0] Ship the release");

        var diagnostic = Stuck(repository).ShouldHaveSingleItem();

        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Message.ShouldBe(
            $"[P0] 'Ship the release' was carried unchanged through 3 committed versions of the note, for 21 days since {Short(repository, first)} (2026-11-02); "
            + "Expected: top-priority work that moves: finished, split into a step one session can finish, or re-prioritised");
        var line = File.ReadAllLines(repository.NoteFullPath).ToList().FindIndex(l => l.Contains("Ship the release", StringComparison.Ordinal)) + 1;
        (diagnostic.Location.Line, diagnostic.Location.Column).ShouldBe((line, 3));
    }

    /// <param name="whatsNextPerSession">What's Next of each session's note, oldest first, separated by " § ".</param>
    [Theory]
    [InlineData("- [P0] Ship the release § - [P0] Ship the release")] // Two versions are not yet three.
    [InlineData("- [P0] Ship the release § - [P0] Ship the release to staging § - [P0] Ship the release to staging")] // Edited: counts again.
    [InlineData("- [P0] Ship the release\n- [P1] Tidy up § - [P0] Ship the release\n- [P1] Tidy up § - [P0] Ship the release\n- [P1] Tidy up § - [P0] Tidy up")] // Completed.
    [InlineData("- [P1] Ship the release § - [P1] Ship the release § - [P0] Ship the release § - [P0] Ship the release")] // Promoted two sessions ago.
    [InlineData("- [P0] Ship the release § - [P0] Ship the release § - [P0] Ship the release § - ~~[P0] Ship the release~~ shipped")] // Struck out.
    public void Work_that_moved_is_not_stuck(string whatsNextPerSession)
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(repository, whatsNextPerSession.Split(" § "));

        Stuck(repository).ShouldBeEmpty();
    }

    [Fact]
    public void Case_whitespace_and_punctuation_do_not_make_an_item_move()
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(repository, "- [P0] Ship the release.", "- **P0:** ship  the Release", "- P0: Ship the release!");

        Stuck(repository).ShouldHaveSingleItem().Message.ShouldContain("'Ship the release!' was carried unchanged through 3 committed versions");
    }

    [Fact]
    public void A_reordered_list_carries_the_same_items()
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(
            repository,
            "- [P0] Ship the release\n- [P0] Rotate the keys",
            "- [P0] Rotate the keys\n- [P0] Ship the release\n- [P1] Tidy up",
            "- [P0] Ship the release\n- [P1] Tidy up\n- [P0] Rotate the keys");

        Stuck(repository).Select(d => d.Message.Split('\'')[1]).ShouldBe(new[] { "Ship the release", "Rotate the keys" });
    }

    [Fact]
    public void An_item_finished_in_the_working_tree_is_not_reported_and_one_still_there_is()
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(repository, "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Ship the release");

        repository.Write(GitTestRepository.NotePath, Note(4, "- ~~[P0] Ship the release~~ shipped\n- [P0] Write the release notes"));
        Stuck(repository).ShouldBeEmpty();

        repository.Write(GitTestRepository.NotePath, Note(4, "- [P0] Ship the release\n- [P1] Write the release notes"));
        Stuck(repository).ShouldHaveSingleItem().Message.ShouldContain("through 3 committed versions");
    }

    [Fact]
    public void An_item_removed_and_added_again_counts_from_its_return()
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(repository, "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Rotate the keys", "- [P0] Ship the release", "- [P0] Ship the release");

        Stuck(repository).ShouldBeEmpty();

        var third = CommitSessions(repository, 6, "- [P0] Ship the release");
        var diagnostic = Stuck(repository).ShouldHaveSingleItem();
        diagnostic.Message.ShouldContain("through 3 committed versions");
        diagnostic.Message.ShouldNotContain(Short(repository, third)); // The run started at the return, two sessions before.
        diagnostic.Message.ShouldContain($"since {Short(repository, repository.Git("rev-list", "--skip=2", "-n", "1", "HEAD").Trim())} (");
    }

    [Fact]
    public void Items_written_as_priority_sub_headings_and_tables_are_followed_too()
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(
            repository,
            "### P0 — Critical\n\n- Ship the release\n\n### P1\n\n- Tidy up",
            "| Priority | Task |\n| --- | --- |\n| **P0** | Ship the release |",
            "### P0 — Ship the release");

        Stuck(repository).ShouldHaveSingleItem().Message.ShouldStartWith("[P0] 'Ship the release' was carried unchanged through 3");
    }

    [Fact]
    public void The_threshold_comes_from_editorconfig()
    {
        using var repository = GitTestRepository.Create();
        repository.Write(".editorconfig", "root = true\n\n[*.md]\nhandofflint.stuck_after_versions = 4\n");
        CommitSessions(repository, "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Ship the release");

        Lint(repository, useEditorConfig: true).Where(d => d.Id == RuleIds.PriorityStuck).ShouldBeEmpty();

        CommitSessions(repository, 4, "- [P0] Ship the release");
        Lint(repository, useEditorConfig: true).Where(d => d.Id == RuleIds.PriorityStuck).ShouldHaveSingleItem().Message.ShouldContain("through 4 committed versions");
    }

    [Fact]
    public void A_threshold_below_two_is_a_configuration_finding()
    {
        using var repository = GitTestRepository.Create();
        repository.Write(".editorconfig", "root = true\n\n[*.md]\nhandofflint.stuck_after_versions = 1\n");
        CommitSessions(repository, "- [P0] Ship the release");

        var finding = Lint(repository, useEditorConfig: true).Where(d => d.Id == RuleIds.InvalidConfiguration).ShouldHaveSingleItem();
        finding.Message.ShouldContain("a whole number of committed versions, 2 or more");
    }

    [Fact]
    public void In_a_shallow_clone_the_run_reaching_the_cut_is_a_lower_bound()
    {
        using var origin = GitTestRepository.Create();
        CommitSessions(origin, "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Ship the release");
        using var clone = GitTestRepository.Create(init: false);
        GitTestRepository.Run(clone.Root, origin.NextDate, "clone", "--quiet", "--depth", "4", "file://" + origin.Root.Replace('\\', '/'), "work");
        var note = Path.Combine(clone.Root, "work", "docs", "SESSION-HANDOFF.md");

        var diagnostic = GitLint.Lint(note).Diagnostics.Where(d => d.Id == RuleIds.PriorityStuck).ShouldHaveSingleItem();

        // The cut commit only looks as if it changed the note; the three above it did.
        diagnostic.Message.ShouldContain("through at least 3 committed versions of the note, for at least 19 days since ");
        diagnostic.Message.ShouldContain("(2026-11-04) or earlier;");
    }

    [Fact]
    public void Finding_stuck_work_starts_no_git_process_of_its_own()
    {
        using var repository = GitTestRepository.Create();
        CommitSessions(repository, "- [P0] Ship the release", "- [P0] Ship the release", "- [P0] Ship the release");
        var withRule = new GitSettings();
        var withoutRule = new GitSettings();

        GitLint.Lint(repository.NoteFullPath, settings: withRule).Diagnostics.ShouldContain(d => d.Id == RuleIds.PriorityStuck);
        GitLint.Lint(repository.NoteFullPath, o => o.Severities[RuleIds.PriorityStuck] = DiagnosticSeverity.None, withoutRule).Diagnostics.ShouldNotContain(d => d.Id == RuleIds.PriorityStuck);

        withRule.ProcessesStarted.ShouldBe(withoutRule.ProcessesStarted);
    }

    [Fact]
    public void Keys_ignore_case_whitespace_and_punctuation_but_not_words()
    {
        StuckItemFinder.Key("Ship  the *Release*.").ShouldBe("ship the release");
        StuckItemFinder.Key("Don’t ship").ShouldBe(StuckItemFinder.Key("dont ship"));
        StuckItemFinder.Key("Ship the release to staging").ShouldNotBe(StuckItemFinder.Key("Ship the release"));
    }

    private static IReadOnlyList<Diagnostic> Stuck(GitTestRepository repository) =>
        Lint(repository, useEditorConfig: false).Where(d => d.Id == RuleIds.PriorityStuck).ToArray();

    private static IReadOnlyList<Diagnostic> Lint(GitTestRepository repository, bool useEditorConfig)
    {
        return new HandoffLinter(new FixedClock(GitLint.Today)).Lint(new LintRequest(repository.NoteFullPath) { UseEditorConfig = useEditorConfig }).Diagnostics;
    }

    /// <summary>Commits one session a day from November 2, each note with the given What's Next; returns the first commit.</summary>
    private static string CommitSessions(GitTestRepository repository, params string[] whatsNext) => CommitSessions(repository, 1, whatsNext);

    private static string CommitSessions(GitTestRepository repository, int firstSession, params string[] whatsNext)
    {
        string? first = null;
        for (var i = 0; i < whatsNext.Length; i++)
        {
            var session = firstSession + i;
            repository.Write(GitTestRepository.NotePath, Note(session, whatsNext[i]));
            repository.Write("src/Work.cs", $"// session {session}\n");
            var commit = repository.Commit($"Session {session} handoff", November2.AddDays(session - 1));
            first ??= commit;
        }

        return first!;
    }

    private static string Note(int session, string whatsNext) =>
        $"# Session Handoff\n\n## Last Updated\n\n2026-11-{session + 1:00} (Session {session})\n\n## Current State\n\nBuilds.\n\n## What Was Done This Session\n\n- Session {session}'s work.\n\n"
        + $"## What Failed\n\n- Nothing.\n\n## What's Next\n\n{whatsNext}\n\n## Key Decisions\n\n- None.\n";

    private static string Short(GitTestRepository repository, string commit) => repository.Git("rev-parse", "--short", commit).Trim();
}
