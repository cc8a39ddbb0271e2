using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Fixing;
using static HandoffLint.Tests.Fixing.FixerInvariants;

namespace HandoffLint.Tests.Fixing;

/// <summary>Missing required sections are inserted in schema order, as heading and placeholder, without moving a line of the user's.</summary>
public sealed class MissingSectionsFixTests
{
    [Fact]
    public void Missing_sections_go_after_the_nearest_earlier_section_in_schema_order()
    {
        var result = FixAndCheck(Lf("""
            # Session Handoff

            ## Last Updated
            2026-11-20 (Session 4)

            ## Current State
            - API deployed

            ## What's Next
            - [P0] Ship it
            """));

        result.FixedText.ShouldBe(Lf("""
            # Session Handoff

            ## Last Updated
            2026-11-20 (Session 4)

            ## Current State
            - API deployed

            ## What Was Done This Session
            TODO(handofflint): Bullet points of completed work

            ## What Failed
            TODO(handofflint): Approaches that didn't work and why — so the next session doesn't repeat them

            ## What's Next
            - [P0] Ship it

            ## Key Decisions
            TODO(handofflint): Architectural choices made and the reasoning

            """));
        result.Changes.ShouldBe(new[]
        {
            "Inserted the missing section '## What Was Done This Session' after '## Current State', with a to-do line to replace.",
            "Inserted the missing section '## What Failed' after '## What Was Done This Session', with a to-do line to replace.",
            "Inserted the missing section '## Key Decisions' after '## What's Next', with a to-do line to replace.",
        });
    }

    [Fact]
    public void A_section_missing_before_every_present_one_goes_after_the_title_and_preamble()
    {
        var result = FixAndCheck(Lf("""
            # Payments service: handoff
            Read this first. The staging database is shared.

            ## Current State
            Green.

            ## What Was Done This Session
            - Retries

            ## What Failed
            - Nothing

            ## What's Next
            - [P1] Docs

            ## Key Decisions
            - Postgres
            """));

        result.FixedText.ShouldStartWith(Lf("""
            # Payments service: handoff
            Read this first. The staging database is shared.

            ## Last Updated
            TODO(handofflint): YYYY-MM-DD (Session N)

            ## Current State
            Green.
            """));
    }

    [Fact]
    public void A_note_with_none_of_the_sections_gets_them_before_its_first_section_of_its_own()
    {
        var result = FixAndCheck(Lf("""
            # Voice reliability work
            Status as of the last run.

            ## Repository and environment state
            Clean.

            ## Practical continuation
            Start the server.
            """));

        var text = result.FixedText;
        text.IndexOf("Status as of the last run.", System.StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("## Last Updated", System.StringComparison.Ordinal));
        text.IndexOf("## Key Decisions", System.StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("## Repository and environment state", System.StringComparison.Ordinal));
        result.Changes.Count.ShouldBe(6);
        result.Changes[0].ShouldBe("Inserted the missing section '## Last Updated' before '## Repository and environment state', the note's first section, with a to-do line to replace.");
        Headings(text).ShouldBe(new[]
        {
            "# Voice reliability work", "## Last Updated", "## Current State", "## What Was Done This Session", "## What Failed", "## What's Next",
            "## Key Decisions", "## Repository and environment state", "## Practical continuation",
        });
    }

    [Fact]
    public void A_note_without_any_section_gets_them_at_its_end_even_without_a_final_newline()
    {
        var result = FixAndCheck("# Notes\nJust prose, no sections.");

        result.FixedText.ShouldStartWith("# Notes\nJust prose, no sections.\n\n## Last Updated\nTODO(handofflint): YYYY-MM-DD (Session N)\n\n## Current State\n");
        result.FixedText.ShouldEndWith("## Key Decisions\nTODO(handofflint): Architectural choices made and the reasoning\n");
    }

    [Fact]
    public void An_empty_note_becomes_the_skeleton_whose_to_do_lines_the_linter_then_asks_for_in_one_finding()
    {
        var result = FixAndCheck(string.Empty);

        result.FixedText.ShouldStartWith("## Last Updated\nTODO(handofflint): YYYY-MM-DD (Session N)\n\n## Current State\nTODO(handofflint): What's working, what's deployed, what's in progress\n\n");
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        // Six sections still to write: one finding that lists them; the stamp's to-do is no stamp without a date.
        var finding = lint.Diagnostics.ShouldHaveSingleItem();
        finding.Id.ShouldBe(RuleIds.FarFromSchema);
        finding.Message.ShouldContain("Last Updated is still a to-do (line 1); Current State is still a to-do (line 4)");
    }

    [Fact]
    public void A_stamp_line_that_says_more_keeps_every_word_under_a_Last_Updated_heading_put_above_it()
    {
        var result = FixAndCheck(Lf("""
            # FarmPal handoff

            **Last Updated:** March 19, 2026 (Session 12) · read this first

            ## Current State
            Green.
            """));

        result.FixedText.ShouldStartWith(Lf("""
            # FarmPal handoff

            ## Last Updated
            2026-03-19 (Session 12)

            **Last Updated:** March 19, 2026 (Session 12) · read this first

            ## Current State
            Green.

            ## What Was Done This Session
            TODO(handofflint): Bullet points of completed work
            """));
        result.Changes[0].ShouldBe("Put a '## Last Updated' heading holding '2026-03-19 (Session 12)' above the stamp on line 3, which stays as written.");
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        lint.Document!.Stamp!.ToCanonical().ShouldBe("2026-03-19 (Session 12)");
        lint.Document.Stamp.Source.ShouldBe(HandoffLint.Parsing.StampSource.Section);
    }

    [Fact]
    public void A_stamp_line_that_says_only_the_stamp_becomes_the_Last_Updated_section()
    {
        var body = "## Current State\nGreen.\n\n## What Was Done This Session\n- Retries\n\n## What Failed\n- Nothing\n\n## What's Next\n- [P0] Ship\n\n## Key Decisions\n- Postgres\n";

        var result = FixAndCheck("# Handoff\n\n> _Last updated: 20 Nov 2026, session #14._\n\n" + body);

        result.FixedText.ShouldBe("# Handoff\n\n## Last Updated\n2026-11-20 (Session 14)\n\n" + body);
        result.Changes.ShouldBe(new[] { "Moved the Last Updated stamp on line 3 under a '## Last Updated' heading, as '2026-11-20 (Session 14)'." });
        new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md").Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_section_whose_missing_is_turned_off_is_not_inserted_nor_mentioned()
    {
        // A team that sets HL0003 to none keeps notes without What Failed; fix answers findings, as `dotnet format` does, so it
        // does not insert what the configuration chose not to report (one section missing is HL0003, not the summary HL0024).
        var options = new HandoffLintOptions();
        options.Severities[RuleIds.RequiredSectionMissing] = DiagnosticSeverity.None;
        var note = "## Last Updated\n2026-11-20 (Session 3)\n\n## Current State\nGreen.\n\n## What Was Done This Session\n- Retries\n\n" +
                   "## What's Next\n- [P0] Ship\n\n## Key Decisions\n- Postgres\n";

        var result = new HandoffFixer(new FixedClock(Today)).Fix(HandoffLint.Text.SourceText.From(note), "docs/SESSION-HANDOFF.md", options);

        result.Changed.ShouldBeFalse();
        result.Changes.ShouldBeEmpty();
        result.Skipped.ShouldBeEmpty();

        // With the rule on, the same note gets the section.
        FixAndCheck(note).FixedText.ShouldContain("## What Failed\n");
    }

    [Fact]
    public void A_finding_silenced_by_a_disable_comment_is_not_fixed()
    {
        // The fuzz suite's fixture never-adds-finding-f66ce207d8: below '<!-- handofflint-disable -->' nothing is reported, and
        // fix had inserted the sections there anyway, moving the note's summary finding above the comment.
        var note = "<!-- handofflint-disable HL0003 -->\n## Last Updated\n2026-11-20 (Session 3)\n\n## Current State\nGreen.\n\n" +
                   "## What Was Done This Session\n- Retries\n\n## What's Next\n- [P0] Ship\n\n## Key Decisions\n- Postgres\n";
        new HandoffLinter(new FixedClock(Today)).LintText(note, "docs/SESSION-HANDOFF.md").Diagnostics.ShouldBeEmpty();

        var result = FixAndCheck(note);

        result.Changed.ShouldBeFalse();
        result.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void A_stamp_inside_raw_HTML_that_would_swallow_its_heading_is_left_as_it_is_and_said_so()
    {
        // A <pre> block ends only at </pre>, so a heading written above the stamp's line would be the block's text, and the
        // note would still have no Last Updated section (the fuzz suite found it with an unclosed "<!x" declaration).
        var note = "# Handoff\n<pre>\nLast updated: 2026-11-20\n</pre>\n\n## Current State\nGreen.\n";

        var result = FixAndCheck(note);

        result.FixedText.ShouldNotContain("<pre>\n## Last Updated");
        result.FixedText.ShouldStartWith("# Handoff\n<pre>\nLast updated: 2026-11-20\n</pre>\n");
        result.Changes.ShouldNotContain(c => c.Contains("Last Updated stamp on line 3"));
        result.Skipped.ShouldContain("Did not write '## Last Updated' for the stamp on line 3: Markdown would not read the heading there as a heading (it would land inside HTML or code); write the section yourself.");
    }

    [Fact]
    public void A_date_in_the_title_stays_there_and_Last_Updated_gets_a_copy_where_the_schema_puts_it()
    {
        var body = "## Current State\nGreen.\n\n## What Was Done This Session\n- Retries\n\n## What Failed\n- Nothing\n\n## What's Next\n- [P0] Ship\n\n## Key Decisions\n- Postgres\n";

        var result = FixAndCheck("# Session Handoff — 2026-11-20\n\n" + body);

        result.FixedText.ShouldBe("# Session Handoff — 2026-11-20\n\n## Last Updated\n2026-11-20\n\n" + body);
        result.Changes.ShouldBe(new[] { "Inserted '## Last Updated' first, before '## Current State', holding the stamp '2026-11-20' read from the heading on line 1, which keeps it." });
    }

    [Fact]
    public void A_stamp_line_without_a_readable_date_is_no_stamp_and_gets_the_to_do_not_an_invented_date()
    {
        var result = FixAndCheck("Last updated: Session 9\n\n## Current State\nGreen.\n");

        result.FixedText.ShouldStartWith("Last updated: Session 9\n\n## Last Updated\nTODO(handofflint): YYYY-MM-DD (Session N)\n\n## Current State\n");
    }

    [Fact]
    public void A_heading_that_looks_like_a_missing_section_is_renamed_keeping_its_words_not_doubled()
    {
        var result = FixAndCheck(Lf("""
            ## Last Updated
            2026-11-20 (Session 4)

            ## Current State
            Green.

            ## What Was Done This Session
            - Retries

            ## 4. Durable gotchas
            - Redis caching broke discounts.

            ## What's Next
            - [P0] Ship

            ## Key Decisions
            - Postgres
            """));

        result.FixedText.ShouldContain("\n## 4. What Failed — Durable gotchas\n- Redis caching broke discounts.\n");
        result.FixedText.ShouldNotContain("## What Failed\n");
        result.Changes.ShouldBe(new[] { "Renamed the heading '## 4. Durable gotchas' on line 10 to '## 4. What Failed — Durable gotchas': it looks like What Failed." });
        new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md").Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_rename_that_would_add_findings_is_left_undone_and_said_so()
    {
        // Renamed, "## Open items" would be What's Next, and its untagged items would each be a finding.
        var result = FixAndCheck(Lf("""
            ## Last Updated
            2026-11-20 (Session 4)

            ## Current State
            Green.

            ## What Was Done This Session
            - Retries

            ## What Failed
            - Nothing

            ## Key Decisions
            - Postgres

            ## Open items and next steps
            - [P0] Ship
            - Docs
            - Tests
            """));

        result.FixedText.ShouldContain("## Open items and next steps\n");
        result.Skipped.ShouldContain(s => s.StartsWith("Did not apply this fix, because the note would then have more findings (HL0004, HL0016): Renamed the heading '## Open items and next steps'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_written_at_another_heading_level_is_left_for_the_user_not_duplicated()
    {
        var result = FixAndCheck(Lf("""
            ## Last Updated
            2026-11-20 (Session 4)

            ## Current State
            Green.

            ### What's Next
            - [P0] Ship
            """));

        result.FixedText.ShouldNotContain("## What's Next\n[");
        result.Skipped.ShouldBe(new[]
        {
            "Did not insert '## What's Next': line 7 has it as a level-3 heading 'What's Next'; make that '## What's Next' yourself (the content under it would move into the section).",
        });
        Headings(result.FixedText).ShouldContain("## Key Decisions");
    }

    [Fact]
    public void A_section_of_a_custom_schema_gets_a_generic_to_do_the_placeholder_rule_flags()
    {
        var options = new HandoffLintOptions
        {
            RequiredSections = HandoffLintOptions.DefaultSections.Concat(new[] { new SchemaSection("port_policy", "Port Policy") }).ToArray(),
        };
        var note = "## Last Updated\n2026-11-20 (Session 4)\n\n## Current State\nGreen.\n\n## What Was Done This Session\n- Retries\n\n## What Failed\n- Nothing\n\n## What's Next\n- [P0] Ship\n\n## Key Decisions\n- Postgres\n";

        var result = FixAndCheck(note, options);

        result.FixedText.ShouldEndWith("## Key Decisions\n- Postgres\n\n## Port Policy\nTODO(handofflint): write Port Policy\n");
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md", options);
        lint.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe(RuleIds.PlaceholderLeft);
        lint.Diagnostics[0].Location.Line.ShouldBe(result.FixedText.Split('\n').ToList().IndexOf("TODO(handofflint): write Port Policy") + 1);
    }

    [Fact]
    public void Sections_already_out_of_order_anchor_nothing_so_no_order_finding_is_added()
    {
        // What's Next stands before Current State: the order rule keeps one of them as in order; insertions follow the kept run.
        var result = FixAndCheck(Lf("""
            ## What's Next
            - [P0] Ship

            ## Current State
            Green.
            """));

        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        lint.Diagnostics.Count(d => d.Id == RuleIds.SectionOutOfOrder).ShouldBe(1);
        lint.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.RequiredSectionMissing);
    }

    [Fact]
    public void Nothing_is_inserted_where_an_unclosed_code_fence_would_swallow_the_headings()
    {
        var result = FixAndCheck("## Last Updated\n2026-11-20 (Session 4)\n\n## Current State\n```sh\nmake run\n");

        result.Changed.ShouldBeFalse();
        result.Skipped.Count.ShouldBe(4);
        result.Skipped.ShouldAllBe(s => s.StartsWith("Did not insert '## ") && s.Contains("where it belongs, a block above it (an unclosed code fence or HTML block?) would swallow it"));
    }

    [Fact]
    public void A_conforming_note_is_left_exactly_as_it_is()
    {
        var text = System.IO.File.ReadAllText(Support.TestPaths.Fixtures("Rules", "conforming.md"));

        var result = FixAndCheck(text);

        result.Changed.ShouldBeFalse();
        result.Changes.ShouldBeEmpty();
        result.Skipped.ShouldBeEmpty();
    }

    internal static string Lf(string text) => text.Replace("\r\n", "\n") + (text.EndsWith('\n') ? string.Empty : "\n");

    private static string[] Headings(string text) => text.Split('\n').Where(l => l.StartsWith('#')).ToArray();
}
