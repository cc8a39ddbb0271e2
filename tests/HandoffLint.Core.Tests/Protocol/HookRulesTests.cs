using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandoffLint.Tests.Protocol;

public sealed class HookRulesTests
{
    private const string HowToWire = ". Expected: .claude/settings.json running 'handofflint hook claude session-start' on SessionStart (matcher 'startup|resume|clear|compact') and 'handofflint hook claude stop' on Stop; 'handofflint init' adds them";

    private static ProtocolRepository WithProtocol() => new ProtocolRepository().Write("CLAUDE.md", ProtocolRepository.SeedProtocol);

    [Fact]
    public void A_repository_without_a_claude_folder_is_not_asked_for_hooks()
    {
        using var repository = WithProtocol();

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void The_hooks_that_init_writes_pass()
    {
        using var repository = WithProtocol().Write(".claude/settings.json", ProtocolRepository.InitSettings);

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void A_claude_folder_without_settings_is_missing_both_hooks()
    {
        using var repository = WithProtocol().Write(".claude/agents/reviewer.md", "reviewer");

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json: warning HL0041: No SessionStart hook gives the agent the note, so a new session starts without it" + HowToWire,
            ".claude/settings.json: warning HL0041: No Stop hook checks the note, so nothing stops an agent that ends a session without rewriting it" + HowToWire,
        });
    }

    [Fact]
    public void Invalid_json_is_reported_where_reading_stopped()
    {
        using var repository = WithProtocol().Write(".claude/settings.json", "{\n  \"hooks\": {},\n}\n");

        repository.Lint()[0].ShouldBe(".claude/settings.json(3,1): warning HL0041: .claude/settings.json is not valid JSON: a comma before '}' (trailing commas are not JSON). Claude Code ignores the whole file, its hooks included; fix the JSON");
    }

    [Fact]
    public void A_session_start_matcher_that_misses_sources_names_them_at_the_event()
    {
        using var repository = WithProtocol().Write(".claude/settings.json", ProtocolRepository.InitSettings.Replace("startup|resume|clear|compact", "startup"));

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json(3,5): warning HL0041: The SessionStart hook that gives the agent the note does not run on resume, compact, so those sessions start without it" + HowToWire,
        });
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    [InlineData("startup, resume, compact")]
    [InlineData("^(startup|resume|compact)$")]
    [InlineData("startup|resume|clear|compact|fork")]
    public void Matchers_that_cover_startup_resume_and_compact_pass(string matcher)
    {
        using var repository = WithProtocol().Write(".claude/settings.json", ProtocolRepository.InitSettings.Replace("startup|resume|clear|compact", matcher));

        repository.Lint().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("startup|resume")]
    [InlineData("Startup|Resume|Compact")]
    [InlineData("(unclosed")]
    public void Matchers_that_miss_a_source_fail(string matcher)
    {
        using var repository = WithProtocol().Write(".claude/settings.json", ProtocolRepository.InitSettings.Replace("startup|resume|clear|compact", matcher));

        repository.Lint().ShouldHaveSingleItem().ShouldContain("SessionStart");
    }

    [Fact]
    public void Hooks_in_the_personal_settings_count()
    {
        using var repository = WithProtocol()
            .Write(".claude/settings.json", "{ \"permissions\": {} }")
            .Write(".claude/settings.local.json", ProtocolRepository.InitSettings);

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void Disabling_all_hooks_is_reported()
    {
        using var repository = WithProtocol().Write(".claude/settings.json", ProtocolRepository.InitSettings.TrimEnd().TrimEnd('}') + ",\n  \"disableAllHooks\": true\n}\n");

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json(11,3): warning HL0041: .claude/settings.json sets disableAllHooks to true, so no hook runs, the handoff hooks included. Remove it, or set it to false",
        });
    }

    [Fact]
    public void The_articles_hooks_deliver_the_note_but_the_stop_reminder_never_reaches_the_agent()
    {
        using var repository = WithProtocol()
            .Write(".claude/settings.json", """
                {
                  "hooks": {
                    "SessionStart": [{
                      "hooks": [{
                        "type": "command",
                        "command": "cat docs/SESSION-HANDOFF.md 2>/dev/null || echo 'No handoff file found'"
                      }]
                    }],
                    "Stop": [{
                      "hooks": [{
                        "type": "command",
                        "command": "echo '{\"systemMessage\": \"REMINDER: Update SESSION-HANDOFF.md before ending!\"}'"
                      }]
                    }]
                  }
                }
                """);

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json(12,20): warning HL0042: This Stop hook only prints a systemMessage, which Claude Code shows to the user only; the agent never sees it. Run 'handofflint hook claude stop' instead: it blocks with a reason the agent reads, and only when the note needs it",
        });
    }

    [Theory]
    [InlineData("echo 'Remember to update SESSION-HANDOFF.md'", "text, which Claude Code writes to its debug log only")]
    [InlineData("printf 'update the handoff note\\n' >&2; exit 0", "text, which Claude Code writes to its debug log only")]
    [InlineData("echo '{\"systemMessage\": \"update SESSION-HANDOFF.md; now\"}' && true", "a systemMessage")]
    public void Stop_hooks_that_only_print_are_flagged(string command, string expected)
    {
        using var repository = WithProtocol().Write(".claude/settings.json", StopOnly(command));

        repository.Lint().ShouldHaveSingleItem().ShouldContain("HL0042: This Stop hook only prints " + expected);
    }

    [Theory]
    [InlineData("handofflint hook claude stop")]
    [InlineData("echo '{\"decision\": \"block\", \"reason\": \"Update SESSION-HANDOFF.md\"}'")]
    [InlineData("echo 'Update SESSION-HANDOFF.md' >&2; exit 2")]
    [InlineData("./scripts/check-handoff.sh SESSION-HANDOFF.md")]
    public void Stop_hooks_that_reach_the_agent_are_not_flagged(string command)
    {
        using var repository = WithProtocol().Write(".claude/settings.json", StopOnly(command));

        repository.Lint().ShouldBeEmpty();
    }

    private static string StopOnly(string command) =>
        ProtocolRepository.InitSettings.Replace("\"handofflint hook claude stop\"", "\"" + JsonEncodedText.Encode(command, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"");
}
