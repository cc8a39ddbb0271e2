namespace HandoffLint.Tests.Protocol;

public sealed class ProtocolMustBeMandatedTests
{
    private const string Expected = "; Expected: agent instructions that read docs/SESSION-HANDOFF.md at the start of a session (or import it with @docs/SESSION-HANDOFF.md) and rewrite it before the session ends or compacts. Run 'handofflint init' or add the session protocol";

    [Fact]
    public void The_patterns_own_protocol_block_mandates_it()
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", "# Project\n\nBuild with make.\n\n" + ProtocolRepository.SeedProtocol);

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void No_instruction_file_at_all_is_reported_at_CLAUDE_md()
    {
        using var repository = new ProtocolRepository();

        repository.Lint().ShouldBe(new[]
        {
            "CLAUDE.md: warning HL0040: No agent instructions (CLAUDE.md, .claude/CLAUDE.md, AGENTS.md, GEMINI.md) tell an agent that docs/SESSION-HANDOFF.md exists" + Expected,
        });
    }

    [Fact]
    public void Reading_without_rewriting_is_reported_at_the_line_that_names_the_note()
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", "# Project\n\nAlways read docs/SESSION-HANDOFF.md first.\n");

        repository.Lint().ShouldBe(new[]
        {
            "CLAUDE.md(3,1): warning HL0040: CLAUDE.md does not tell the agent to rewrite docs/SESSION-HANDOFF.md before the end or compaction" + Expected,
        });
    }

    [Fact]
    public void Rewriting_without_reading_is_reported()
    {
        using var repository = new ProtocolRepository().Write("AGENTS.md", "Before you stop, update the handoff note.\n");

        repository.Lint().ShouldHaveSingleItem().ShouldStartWith("AGENTS.md(1,1): warning HL0040: AGENTS.md does not tell the agent to read docs/SESSION-HANDOFF.md at the start;");
    }

    [Fact]
    public void Instructions_that_never_mention_the_note_are_reported_on_the_whole_file()
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", "# Project\n\nUse tabs.\n");

        repository.Lint().ShouldBe(new[] { "CLAUDE.md: warning HL0040: CLAUDE.md never mentions docs/SESSION-HANDOFF.md" + Expected });
    }

    [Fact]
    public void An_import_of_the_note_counts_as_reading_it()
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", "# Project\n\n@docs/SESSION-HANDOFF.md\n\nRewrite the handoff note before the session ends or the context is compacted.\n");

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void An_import_inside_a_code_block_is_not_an_import()
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", "```\n@docs/SESSION-HANDOFF.md\n```\n\nRewrite the handoff note before the session ends.\n");

        repository.Lint().ShouldHaveSingleItem().ShouldContain("does not tell the agent to read docs/SESSION-HANDOFF.md at the start");
    }

    [Fact]
    public void A_protocol_in_an_imported_file_counts_for_the_importer()
    {
        using var repository = new ProtocolRepository()
            .Write("CLAUDE.md", "# Project\n\nSee @AGENTS.md for the rules.\n")
            .Write("AGENTS.md", ProtocolRepository.SeedProtocol);

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void Imports_that_loop_are_followed_once()
    {
        using var repository = new ProtocolRepository()
            .Write("CLAUDE.md", "@notes/a.md\n")
            .Write("notes/a.md", "@b.md\n")
            .Write("notes/b.md", "@a.md\n@../CLAUDE.md\n");

        repository.Lint().ShouldHaveSingleItem().ShouldStartWith("CLAUDE.md: warning HL0040: CLAUDE.md never mentions docs/SESSION-HANDOFF.md");
    }

    [Fact]
    public void A_section_about_the_handoff_names_the_note_for_its_items()
    {
        using var repository = new ProtocolRepository().Write(".claude/CLAUDE.md", "## Handoff\n\n1. At the start of every session, read it.\n2. Before ending or compacting, rewrite it.\n");

        repository.Lint().ShouldNotContain(d => d.Contains("HL0040"));
    }

    [Fact]
    public void The_closest_file_is_the_one_reported()
    {
        using var repository = new ProtocolRepository()
            .Write("CLAUDE.md", "Use tabs.\n")
            .Write("GEMINI.md", "Intro.\n\nRead SESSION-HANDOFF.md when you start.\n");

        repository.Lint().ShouldHaveSingleItem().ShouldStartWith("GEMINI.md(3,1): warning HL0040: GEMINI.md does not tell the agent to rewrite");
    }

    [Fact]
    public void Nothing_is_said_when_the_note_is_missing_because_HL0001_already_says_how_to_start()
    {
        using var repository = new ProtocolRepository(withNote: false);

        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_is_judged_outside_a_repository()
    {
        using var repository = new ProtocolRepository().Write(".claude/settings.json", "{ not json");

        repository.Lint(repositoryRoot: string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Linting_another_markdown_file_of_the_repository_says_nothing_about_the_protocol()
    {
        // A fixture or an example note is not the repository's note: the instructions around the real one are not its business.
        using var repository = new ProtocolRepository().Write("examples/trading-bot.md", "## Last Updated: Session 47\n");

        repository.Lint(notePath: "examples/trading-bot.md").ShouldBeEmpty();
        repository.Lint().ShouldNotBeEmpty();
    }
}
