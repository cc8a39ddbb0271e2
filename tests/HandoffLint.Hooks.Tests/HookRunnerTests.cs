using System.IO;
using System.Linq;
using HandoffLint.Git;
using HandoffLint.Hooks;
using HandoffLint.Json;
using HandoffLint.Tests.Git;

namespace HandoffLint.Hooks.Tests;

public sealed class HookRunnerTests
{
    [Fact]
    public void Session_start_gives_claude_the_note_and_records_the_start_inside_git_only()
    {
        using var session = new HookSession();

        var response = session.Start();

        response.ExitCode.ShouldBe(0);
        var output = JsonReader.Parse(response.Output).AsObject()!;
        output.Members.Select(m => m.Name).ShouldBe(new[] { "hookSpecificOutput" });
        var specific = output["hookSpecificOutput"]!.AsObject()!;
        specific["hookEventName"]!.AsString().ShouldBe("SessionStart");
        var context = specific["additionalContext"]!.AsString()!;
        context.ShouldStartWith("HandoffLint: docs/SESSION-HANDOFF.md is this project's handoff note");
        context.ShouldContain("<handoff-note path=\"docs/SESSION-HANDOFF.md\">\n" + GitTestRepository.Note("2026-11-22", 12) + "</handoff-note>\n");
        context.ShouldContain("Last Updated (today's date, Session 13)");
        context.ShouldContain("\nIts first P0 item (line 21): Ship the release.\n");
        File.Exists(session.StateFile).ShouldBeTrue();
        session.Repository.Git("status", "--porcelain").ShouldBeEmpty("the state lives in .git, never in the working tree");
    }

    [Fact]
    public void Session_start_lists_the_findings_in_plain_sentences()
    {
        using var session = new HookSession();
        session.Repository.Write(GitTestRepository.NotePath, "# Session Handoff\n\n## Last Updated\n\n2026-11-22 (Session 12)\n").Commit("Short note");

        var context = JsonReader.Parse(session.Start().Output).AsObject()!["hookSpecificOutput"]!.AsObject()!["additionalContext"]!.AsString()!;

        context.ShouldContain("HandoffLint reports 0 errors and 3 warnings about it:\n- CLAUDE.md warning HL0040: No agent instructions");
        context.ShouldContain("\n- line 3 warning HL0024: The note has 1 of the schema's 6 sections: Last Updated (line 3); missing: Current State, What Was Done This Session, What Failed, What's Next, Key Decisions. 'handofflint fix' inserts what is missing; or add your own headings as aliases (handofflint.section_aliases.KEY)\n");
        context.ShouldContain("\n- line 5 warning HL0032: commit ");
    }

    [Fact]
    public void Stop_is_silent_when_nothing_changed()
    {
        using var session = new HookSession();
        session.Start();

        var response = session.Stop();

        (response.ExitCode, response.Output, response.Error).ShouldBe((0, string.Empty, string.Empty));
    }

    [Fact]
    public void A_quiet_stop_asks_git_once_and_a_session_start_asks_for_the_working_tree_once()
    {
        using var session = new HookSession();
        var atStart = new GitSettings();
        using (GitSettings.Use(atStart)) session.Start();
        var atStop = new GitSettings();

        using (GitSettings.Use(atStop))
        {
            (session.Stop().Output, session.Stop().Output).ShouldBe((string.Empty, string.Empty), "nothing changed, so nothing to say");
        }

        // Each Stop hook's one git process is the working tree's status, started in the background as the hook begins.
        atStop.ProcessesStarted.ShouldBe(2);
        // Session start: the lint's git questions (the note's history and the commits after it, the working tree); the
        // recorded starting point reuses the lint's working tree rather than asking git again.
        atStart.ProcessesStarted.ShouldBe(3);
    }

    [Fact]
    public void Stop_blocks_when_code_changed_and_the_note_did_not_naming_the_files_and_the_sections()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "class App { int x; }\n").Write("src/new.cs", "class New {}\n");

        var response = session.Stop();

        response.ExitCode.ShouldBe(0);
        var output = JsonReader.Parse(response.Output).AsObject()!;
        output.Members.Select(m => m.Name).ShouldBe(new[] { "decision", "reason" });
        output["decision"]!.AsString().ShouldBe("block");
        output["reason"]!.AsString().ShouldBe(
            "This session changed src/app.cs, src/new.cs, but docs/SESSION-HANDOFF.md is unchanged since the session started. Rewrite it for the next session before stopping. " +
            "Its sections: Last Updated (2026-11-23, Session 13); Current State; What Was Done This Session; What Failed; What's Next (items tagged [P0], [P1], [P2], most urgent first); Key Decisions.");
    }

    [Fact]
    public void Stop_allows_once_the_note_is_rewritten()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "class App { int x; }\n").WriteNote("2026-11-23", 13, "Parser handles tables.");

        session.Stop().Output.ShouldBeEmpty();
    }

    [Fact]
    public void The_loop_guard_counts_blocks_per_session_whatever_stop_hook_active_says()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "changed\n");

        session.Stop(active: false).Output.ShouldStartWith("{\"decision\":\"block\"");
        // Gemini CLI says false after a tool-call answer; Claude Code says true. Neither decides: the count does.
        session.Stop(active: true).Output.ShouldStartWith("{\"decision\":\"block\"");
        var third = session.Stop(active: false);

        third.Output.ShouldBeEmpty();
        third.Error.ShouldStartWith("handofflint: let the agent stop after 2 blocks without progress on the note (--max-blocks 2); still wanting: This session changed src/app.cs");
    }

    [Fact]
    public void Progress_on_the_note_restarts_the_count_and_a_fixed_note_ends_it()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "changed\n");
        session.Stop().Output.ShouldNotBeEmpty();
        session.Stop().Output.ShouldNotBeEmpty();

        session.Repository.WriteNote("2026-11-23", 13, "Deploy key: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");
        session.Stop().Output.ShouldContain("error HL0021");
        session.Repository.WriteNote("2026-11-23", 13, "Parser handles tables.");

        session.Stop().Output.ShouldBeEmpty();
    }

    [Fact]
    public void New_warnings_in_a_rewritten_note_block_once_naming_them()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "changed\n").Write("docs/SESSION-HANDOFF.md", "# Notes\nBumped the version.\n");

        var first = session.Stop();
        var reason = JsonReader.Parse(first.Output).AsObject()!["reason"]!.AsString()!;
        reason.ShouldStartWith("docs/SESSION-HANDOFF.md was rewritten in this session but now has ");
        // A note of no sections is one warning now (HL0024 lists what is missing), so the reason speaks of it in the singular.
        reason.ShouldContain(" it did not have when the session started; fix it before stopping:\n- ");
        reason.ShouldContain("warning HL0024: ");

        session.Stop().Output.ShouldBeEmpty("each new warning is named once");
    }

    [Fact]
    public void A_rewritten_note_with_errors_blocks_naming_them()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.WriteNote("2026-11-23", 13, "Deploy key: ghp_0123456789abcdefghijklmnopqrstuvwxyzAB");

        var reason = JsonReader.Parse(session.Stop().Output).AsObject()!["reason"]!.AsString()!;

        reason.ShouldStartWith("docs/SESSION-HANDOFF.md was rewritten in this session but has 1 error that HandoffLint reports; fix it before stopping:\n- line 9 error HL0021: ");
    }

    [Fact]
    public void Work_already_uncommitted_at_the_start_does_not_count_until_the_session_touches_it()
    {
        using var session = new HookSession();
        session.Repository.Write("src/app.cs", "left over from yesterday\n");
        session.Start();

        session.Stop().Output.ShouldBeEmpty();

        File.AppendAllText(Path.Combine(session.Root, "src", "app.cs"), "and today\n");
        File.SetLastWriteTimeUtc(Path.Combine(session.Root, "src", "app.cs"), new System.DateTime(2030, 1, 1, 0, 0, 0, System.DateTimeKind.Utc));
        JsonReader.Parse(session.Stop().Output).AsObject()!["reason"]!.AsString()!.ShouldStartWith("This session changed src/app.cs, but");
    }

    [Fact]
    public void Commits_without_the_note_block_and_commits_with_it_do_not()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.CommitFile("src/feature.cs", "Add feature");

        JsonReader.Parse(session.Stop().Output).AsObject()!["reason"]!.AsString()!.ShouldStartWith("This session made 1 commit (");

        session.Repository.WriteNote("2026-11-23", 13, "Feature added.").Commit("Handoff");
        session.Stop().Output.ShouldBeEmpty();
    }

    [Fact]
    public void Ignored_paths_do_not_count_as_work()
    {
        using var session = new HookSession();
        session.Repository.Write(".editorconfig", "root = true\n[*.md]\nhandofflint.ignored_paths = docs/**, *.generated.cs\n").Commit("Config");
        session.Start();
        session.Repository.Write("docs/guide.md", "guide\n").Write("src/api.generated.cs", "generated\n");

        session.Stop().Output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(HookAgent.Codex, "{\"decision\":\"block\",\"reason\":\"This session changed src/app.cs")]
    [InlineData(HookAgent.Gemini, "{\"decision\":\"deny\",\"reason\":\"This session changed src/app.cs")]
    [InlineData(HookAgent.Cursor, "{\"followup_message\":\"This session changed src/app.cs")]
    public void Other_agents_get_their_own_shapes(HookAgent agent, string stopPrefix)
    {
        using var session = new HookSession();
        var start = session.Start(agent: agent).Output;
        if (agent == HookAgent.Cursor) start.ShouldStartWith("{\"continue\":true,\"additional_context\":\"HandoffLint: docs/SESSION-HANDOFF.md is this project's handoff note");
        else start.ShouldStartWith("{\"hookSpecificOutput\":{\"hookEventName\":\"SessionStart\",\"additionalContext\":\"HandoffLint: ");
        session.Repository.Write("src/app.cs", "changed\n");

        session.Stop(agent: agent).Output.ShouldStartWith(stopPrefix);
        session.Stop(agent: agent).Output.ShouldStartWith(stopPrefix);
        session.Stop(active: true, agent: agent).Output.ShouldBeEmpty();
    }

    [Fact]
    public void Cursor_stops_after_an_abort_are_let_through()
    {
        using var session = new HookSession();
        session.Start(agent: HookAgent.Cursor);
        session.Repository.Write("src/app.cs", "changed\n");
        var aborted = session.Payload(HookAgent.Cursor, HookEvent.Stop).Replace("\"completed\"", "\"aborted\"");

        session.Run(HookAgent.Cursor, HookEvent.Stop, aborted).Output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "standard input was empty")]
    [InlineData("   ", "standard input was empty")]
    [InlineData("{\"session_id\": ", "standard input is not JSON: the text ends where a value was expected (line 1, column 16)")]
    [InlineData("[1, 2]", "standard input is JSON but not an object")]
    public void Malformed_input_never_breaks_the_agent(string? input, string reason)
    {
        using var session = new HookSession();
        foreach (var hookEvent in new[] { HookEvent.SessionStart, HookEvent.Stop, HookEvent.PreCompact })
        {
            var response = session.Run(HookAgent.Claude, hookEvent, input);

            (response.ExitCode, response.Output).ShouldBe((0, string.Empty));
            response.Error.ShouldStartWith("handofflint: " + reason);
            response.Error.ShouldEndWith("; nothing was checked\n");
        }
    }

    [Fact]
    public void Outside_a_repository_stop_says_why_and_lets_the_agent_go()
    {
        var folder = Directory.CreateTempSubdirectory("handofflint-norepo-").FullName;
        try
        {
            var payload = "{\"session_id\":\"s1\",\"cwd\":" + HookSession.Quote(folder) + ",\"hook_event_name\":\"Stop\",\"stop_hook_active\":false}";
            var response = new HookRunner(new FixedClock(HookSession.Today)).Run(new HookRequest(HookAgent.Claude, HookEvent.Stop, payload) { WorkingDirectory = folder });

            (response.ExitCode, response.Output).ShouldBe((0, string.Empty));
            response.Error.ShouldBe($"handofflint: '{folder}' is not inside a git repository; nothing was checked\n");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Session_start_without_a_note_tells_the_agent_and_says_so_on_stderr()
    {
        using var session = new HookSession();
        File.Delete(Path.Combine(session.Root, "docs", "SESSION-HANDOFF.md"));

        var response = session.Start();

        JsonReader.Parse(response.Output).AsObject()!["hookSpecificOutput"]!.AsObject()!["additionalContext"]!.AsString()!
            .ShouldStartWith("HandoffLint: there is no handoff note at docs/SESSION-HANDOFF.md.");
        response.Error.ShouldBe("handofflint: no handoff note at docs/SESSION-HANDOFF.md; the agent was told so\n");
    }

    [Fact]
    public void A_stop_without_a_recorded_start_records_one_and_judges_from_then_on()
    {
        using var session = new HookSession();
        session.Repository.Write("src/app.cs", "changed before the hook was wired\n");

        var first = session.Stop();

        first.Output.ShouldBeEmpty();
        first.Error.ShouldContain("no starting point was recorded for session " + session.SessionId);
        session.Stop().Output.ShouldBeEmpty();
        session.Repository.Write("src/other.cs", "new\n");
        session.Stop().Output.ShouldContain("src/other.cs");
    }

    [Fact]
    public void A_huge_note_is_cut_under_the_limit_and_says_where_the_rest_is()
    {
        using var session = new HookSession();
        var lines = string.Concat(Enumerable.Range(1, 800).Select(i => $"- Item {i}: the parser handles case {i} and records it.\n"));
        session.Repository.Write(GitTestRepository.NotePath, GitTestRepository.Note("2026-11-22", 12, lines)).Commit("Huge note");

        var context = JsonReader.Parse(session.Start().Output).AsObject()!["hookSpecificOutput"]!.AsObject()!["additionalContext"]!.AsString()!;

        context.Length.ShouldBeLessThanOrEqualTo(HookRunner.MaxOutputCharacters);
        context.ShouldContain("[HandoffLint cut the note here: the first ");
        context.ShouldContain(" characters are shown, to stay under the agent's 10,000-character limit on hook output. The rest is in docs/SESSION-HANDOFF.md.]\n</handoff-note>\n");
        context.ShouldContain("HL0019");
    }

    [Fact]
    public void The_first_P0_of_a_priority_table_is_named_above_a_cut_note()
    {
        using var session = new HookSession();
        var lines = string.Concat(Enumerable.Range(1, 800).Select(i => $"- Item {i}: the parser handles case {i} and records it.\n"));
        var note = GitTestRepository.Note("2026-11-22", 12, lines)
            .Replace("- [P0] Ship the release.\n", "| Priority | Task |\n| --- | --- |\n| **P1** | Tidy the docs |\n| **P0** | Fix the login loop |\n");
        session.Repository.Write(GitTestRepository.NotePath, note).Commit("Huge note with a priority table");

        var context = JsonReader.Parse(session.Start().Output).AsObject()!["hookSpecificOutput"]!.AsObject()!["additionalContext"]!.AsString()!;

        context.ShouldContain("[HandoffLint cut the note here: ");
        context.ShouldNotContain("| **P0** | Fix the login loop |", Case.Sensitive, "the table lies beyond the cut");
        context.ShouldContain("\nIts first P0 item (line 824): Fix the login loop\n");
    }

    [Fact]
    public void Pre_compact_lets_compaction_run_and_the_next_session_start_tells_the_agent()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "changed\n");

        var response = session.PreCompact();

        (response.ExitCode, response.Output).ShouldBe((0, string.Empty));
        var context = JsonReader.Parse(session.Start("compact").Output).AsObject()!["hookSpecificOutput"]!.AsObject()!["additionalContext"]!.AsString()!;
        context.ShouldContain("When the context was compacted, the note had not been brought up to date: This session changed src/app.cs, but docs/SESSION-HANDOFF.md is unchanged since the session started.");
        JsonReader.Parse(session.Start("compact").Output).AsObject()!["hookSpecificOutput"]!.AsObject()!["additionalContext"]!.AsString()!
            .ShouldNotContain("When the context was compacted", customMessage: "the reminder is given once");
        session.Stop().Output.ShouldContain("src/app.cs", customMessage: "compaction keeps the session's starting point");
    }

    [Fact]
    public void Pre_compact_can_block_compaction_with_exit_code_2()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "changed\n");

        var response = session.PreCompact(block: true);

        response.ExitCode.ShouldBe(2);
        response.Output.ShouldBeEmpty();
        response.Error.ShouldStartWith("HandoffLint blocked compaction: This session changed src/app.cs");
    }

    [Fact]
    public void A_resumed_session_keeps_its_starting_point_and_a_new_one_starts_afresh()
    {
        using var session = new HookSession();
        session.Start();
        session.Repository.Write("src/app.cs", "changed\n");

        session.Start("resume");
        session.Stop().Output.ShouldContain("src/app.cs");

        session.Start("startup");
        session.Stop().Output.ShouldBeEmpty();
    }

    [Fact]
    public void Session_ids_cannot_reach_outside_the_state_folder()
    {
        using var session = new HookSession("../../../escape/..\\x");
        session.Start();

        var sessions = Path.Combine(session.Root, ".git", "handofflint", "sessions");
        Path.GetFileName(Directory.GetFiles(sessions).ShouldHaveSingleItem()).ShouldMatch("^_+escape_+x-[0-9a-f]{16}\\.json$");
        Directory.Exists(Path.Combine(session.Root, "..", "escape")).ShouldBeFalse();
        session.Repository.Write("src/app.cs", "changed\n");
        session.Stop().Output.ShouldContain("src/app.cs");
    }

    [Fact]
    public void A_worktree_keeps_its_state_in_its_own_git_folder()
    {
        using var session = new HookSession();
        var worktree = session.Root + "-worktree";
        session.Repository.Git("worktree", "add", "--quiet", "-b", "side", worktree);
        try
        {
            var payload = session.Payload(HookAgent.Claude, HookEvent.SessionStart).Replace(HookSession.Quote(session.Root), HookSession.Quote(worktree));
            new HookRunner(new FixedClock(HookSession.Today)).Run(new HookRequest(HookAgent.Claude, HookEvent.SessionStart, payload));

            Directory.GetFiles(Path.Combine(session.Root, ".git", "worktrees", Path.GetFileName(worktree), "handofflint", "sessions")).ShouldHaveSingleItem();
            File.Exists(Path.Combine(worktree, ".git")).ShouldBeTrue("a worktree's .git is a file, and nothing is written beside it");
            Directory.Exists(Path.Combine(session.Root, ".git", "handofflint")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(worktree, recursive: true);
        }
    }
}
