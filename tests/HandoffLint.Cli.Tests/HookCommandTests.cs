using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// <c>handofflint hook ...</c> run as the agents run it: the real binary, a real git repository, payloads shaped as the hooks
/// references document them, exact JSON and exit codes.
/// </summary>
public sealed class HookCommandTests
{
    private const string Sections = "Its sections: Last Updated (2026-11-23, Session 13); Current State; What Was Done This Session; What Failed; What's Next (items tagged [P0], [P1], [P2], most urgent first); Key Decisions.";

    [Fact]
    public void A_session_that_changed_code_without_touching_the_note_is_blocked()
    {
        using var repository = new HookRepository();
        repository.Hook(repository.SessionStart(), "claude", "session-start").ExitCode.ShouldBe(0);
        repository.Folder.Write("src/Importer.cs", "class Importer { void ReadJson() {} }\n");
        repository.Folder.Write("src/JsonReader.cs", "class JsonReader {}\n");

        var result = repository.Hook(repository.Stop(), "claude", "stop");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldBeEmpty();
        result.StdOut.ShouldBe(
            "{\"decision\":\"block\",\"reason\":\"This session changed src/Importer.cs, src/JsonReader.cs, but docs/SESSION-HANDOFF.md is unchanged since the session started. " +
            "Rewrite it for the next session before stopping. " + Sections + "\"}\n");
    }

    [Fact]
    public void A_session_that_rewrote_the_note_may_stop()
    {
        using var repository = new HookRepository();
        repository.Hook(repository.SessionStart(), "claude", "session-start");
        repository.Folder.Write("src/Importer.cs", "class Importer { void ReadJson() {} }\n");
        repository.Folder.Write("docs/SESSION-HANDOFF.md", HookRepository.Note.Replace("2026-11-22 (Session 12)", "2026-11-23 (Session 13)").Replace("reads CSV", "reads CSV and JSON"));

        var result = repository.Hook(repository.Stop(), "claude", "stop");

        (result.ExitCode, result.StdOut, result.StdErr).ShouldBe((0, string.Empty, string.Empty));
    }

    [Fact]
    public void The_loop_guard_lets_the_agent_go_after_max_blocks_without_progress()
    {
        using var repository = new HookRepository();
        repository.Hook(repository.SessionStart(), "claude", "session-start");
        repository.Folder.Write("src/Importer.cs", "changed\n");

        repository.Hook(repository.Stop(active: false), "claude", "stop", "--max-blocks", "1").StdOut.ShouldStartWith("{\"decision\":\"block\"");
        var result = repository.Hook(repository.Stop(active: false), "claude", "stop", "--max-blocks", "1");

        (result.ExitCode, result.StdOut).ShouldBe((0, string.Empty));
        result.StdErr.ShouldStartWith("handofflint: let the agent stop after 1 block without progress on the note (--max-blocks 1)");
        var wrong = repository.Hook(repository.Stop(), "claude", "stop", "--max-blocks", "none");
        (wrong.ExitCode, wrong.StdOut).ShouldBe((1, string.Empty), "a wrong limit is a hook error, never exit 2 (a block)");
    }

    [Fact]
    public void A_fresh_note_with_errors_is_blocked_naming_them()
    {
        using var repository = new HookRepository();
        repository.Folder.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.HL0003.severity = error\n");
        repository.Hook(repository.SessionStart(), "claude", "session-start");
        repository.Folder.Write("docs/SESSION-HANDOFF.md", "# Session Handoff\n\n## Last Updated\n2026-11-23 (Session 13)\n\n## Current State\nDeploys with AKIAIOSFODNN7EXAMPLE.\n\n## What Was Done This Session\n- JSON input.\n\n## What Failed\n- Nothing.\n\n## What's Next\n- [P0] Ship it\n");

        var result = repository.Hook(repository.Stop(), "claude", "stop");

        result.ExitCode.ShouldBe(0);
        var output = JsonNode.Parse(result.StdOut)!.AsObject();
        output.Select(p => p.Key).ShouldBe(new[] { "decision", "reason" });
        output["decision"]!.GetValue<string>().ShouldBe("block");
        var reason = output["reason"]!.GetValue<string>();
        reason.ShouldStartWith("docs/SESSION-HANDOFF.md was rewritten in this session but has 2 errors that HandoffLint reports; fix them before stopping:\n");
        reason.ShouldContain("\n- line 1 error HL0003: Required section '## Key Decisions' is missing");
        reason.ShouldContain("\n- line 7 error HL0021: ");
    }

    [Fact]
    public void Session_start_gives_the_note_and_a_huge_note_is_cut_under_the_limit_saying_so()
    {
        using var repository = new HookRepository();
        var huge = HookRepository.Note.Replace("- Added CSV input with tests.\n", string.Concat(Enumerable.Range(1, 600).Select(i => $"- Step {i}: imported batch {i} and checked its totals against the ledger.\n")));
        repository.Folder.Write("docs/SESSION-HANDOFF.md", huge);

        var result = repository.Hook(repository.SessionStart(), "claude", "session-start");

        result.ExitCode.ShouldBe(0);
        var specific = JsonNode.Parse(result.StdOut)!["hookSpecificOutput"]!.AsObject();
        specific.Select(p => p.Key).ShouldBe(new[] { "hookEventName", "additionalContext" });
        specific["hookEventName"]!.GetValue<string>().ShouldBe("SessionStart");
        var context = specific["additionalContext"]!.GetValue<string>();
        context.Length.ShouldBeLessThan(10_000);
        context.ShouldStartWith("HandoffLint: docs/SESSION-HANDOFF.md is this project's handoff note");
        context.ShouldContain("<handoff-note path=\"docs/SESSION-HANDOFF.md\">\n# Session Handoff\n\n## Last Updated\n2026-11-22 (Session 12)\n");
        context.ShouldContain($" of {huge.Length:N0} characters are shown, to stay under the agent's 10,000-character limit on hook output. The rest is in docs/SESSION-HANDOFF.md.]\n</handoff-note>\n");
        context.ShouldContain("warning HL0019: The note has");
    }

    [Fact]
    public void Session_start_records_its_state_inside_git_and_nothing_in_the_working_tree()
    {
        using var repository = new HookRepository();

        repository.Hook(repository.SessionStart(), "claude", "session-start").ExitCode.ShouldBe(0);

        File.Exists(Path.Combine(repository.Root, ".git", "handofflint", "sessions", HookRepository.SessionId + ".json")).ShouldBeTrue();
        repository.Folder.Git("status", "--porcelain", "--untracked-files=all").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "handofflint: standard input was empty; Expected: the hook's JSON payload; nothing was checked")]
    [InlineData("{\"session_id\": \"abc\",", "handofflint: standard input is not JSON: unexpected end of text; Expected: a member name in double quotes (line 1, column 22); nothing was checked")]
    [InlineData("not json at all", "handofflint: standard input is not JSON: unexpected 'n'; Expected: a value (literals are written true, false and null) (line 1, column 1); nothing was checked")]
    [InlineData("\"a string\"", "handofflint: standard input is JSON but not an object; Expected: the hook's JSON payload; nothing was checked")]
    public void Malformed_stdin_exits_0_and_says_why_on_stderr(string input, string error)
    {
        using var repository = new HookRepository();
        foreach (var hookEvent in new[] { "session-start", "stop", "pre-compact" })
        {
            var result = repository.Hook(input, "claude", hookEvent);

            result.ExitCode.ShouldBe(0, result.ToString());
            result.StdOut.ShouldBeEmpty();
            result.ErrorLines.ShouldBe(new[] { error });
        }
    }

    [Fact]
    public void No_git_repository_exits_0_and_says_why()
    {
        using var folder = new TempFolder();
        var payload = $$"""{"session_id":"s","cwd":"{{folder.Path}}","hook_event_name":"Stop","stop_hook_active":false}""";

        var result = HookProcess.Run(folder.Path, payload, "hook", "claude", "stop");

        (result.ExitCode, result.StdOut).ShouldBe((0, string.Empty));
        result.ErrorLines.ShouldBe(new[] { $"handofflint: '{folder.Path}' is not inside a git repository; nothing was checked" });
    }

    [Fact]
    public void Pre_compact_lets_compaction_run_by_default_and_blocks_it_with_exit_2_on_request()
    {
        using var repository = new HookRepository();
        repository.Hook(repository.SessionStart(), "claude", "session-start");
        repository.Folder.Write("src/Importer.cs", "changed\n");

        var allowed = repository.Hook(repository.PreCompact(), "claude", "pre-compact");
        var blocked = repository.Hook(repository.PreCompact(), "claude", "pre-compact", "--block");

        (allowed.ExitCode, allowed.StdOut, allowed.StdErr).ShouldBe((0, string.Empty, string.Empty));
        (blocked.ExitCode, blocked.StdOut).ShouldBe((2, string.Empty));
        blocked.StdErr.ShouldStartWith("HandoffLint blocked compaction: This session changed src/Importer.cs, but docs/SESSION-HANDOFF.md is unchanged");
        var after = JsonNode.Parse(repository.Hook(repository.SessionStart("compact"), "claude", "session-start").StdOut)!["hookSpecificOutput"]!["additionalContext"]!.GetValue<string>();
        after.ShouldContain("When the context was compacted, the note had not been brought up to date: This session changed src/Importer.cs");
    }

    [Theory]
    [InlineData("codex", "stop", "{\"decision\":\"block\",\"reason\":\"This session changed src/Importer.cs")]
    [InlineData("gemini", "after-agent", "{\"decision\":\"deny\",\"reason\":\"This session changed src/Importer.cs")]
    public void Codex_and_gemini_answer_in_their_own_shapes(string agent, string stopEvent, string stopPrefix)
    {
        using var repository = new HookRepository();
        var start = repository.Hook(repository.SessionStart().Replace(",\"model\":\"claude-sonnet-5\"", string.Empty), agent, "session-start");
        start.StdOut.ShouldStartWith("{\"hookSpecificOutput\":{\"hookEventName\":\"SessionStart\",\"additionalContext\":\"HandoffLint: docs/SESSION-HANDOFF.md is this project's handoff note");
        repository.Folder.Write("src/Importer.cs", "changed\n");

        var stop = repository.Hook(repository.Stop(), agent, stopEvent);

        stop.ExitCode.ShouldBe(0);
        stop.StdOut.ShouldStartWith(stopPrefix);
        stop.StdOut.ShouldEndWith(Sections + "\"}\n");
    }

    [Fact]
    public void Cursor_gets_additional_context_and_a_followup_message()
    {
        using var repository = new HookRepository();
        var start = $$"""{"session_id":"{{HookRepository.SessionId}}","is_background_agent":false,"composer_mode":"agent","hook_event_name":"sessionStart","workspace_roots":["{{repository.Root}}"]}""";
        repository.Hook(start, "cursor", "session-start").StdOut.ShouldStartWith("{\"continue\":true,\"additional_context\":\"HandoffLint: docs/SESSION-HANDOFF.md");
        repository.Folder.Write("src/Importer.cs", "changed\n");
        string Stop(int loops) => $$"""{"conversation_id":"{{HookRepository.SessionId}}","generation_id":"g-7","hook_event_name":"stop","status":"completed","loop_count":{{loops}},"workspace_roots":["{{repository.Root}}"]}""";

        repository.Hook(Stop(0), "cursor", "stop").StdOut.ShouldStartWith("{\"followup_message\":\"This session changed src/Importer.cs, but docs/SESSION-HANDOFF.md is unchanged");
        repository.Hook(Stop(1), "cursor", "stop").StdOut.ShouldStartWith("{\"followup_message\":");
        repository.Hook(Stop(2), "cursor", "stop").StdOut.ShouldBeEmpty("the loop guard's count, not loop_count, lets it go");
    }

    [Theory]
    [InlineData("claude stpo")]
    [InlineData("claude stop --bogus")]
    [InlineData("claude")]
    [InlineData("aider stop")]
    public void A_mistyped_hook_command_exits_1_never_2_which_would_block_the_agent(string arguments)
    {
        using var repository = new HookRepository();

        var result = repository.Hook(repository.Stop(), arguments.Split(' '));

        result.ExitCode.ShouldBe(1, result.ToString());
        result.StdOut.ShouldBeEmpty();
        result.ErrorLines.ShouldHaveSingleItem().ShouldEndWith("Run 'handofflint hook --help'.");
    }
}
