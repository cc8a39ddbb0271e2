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
            [Bullet points of completed work]

            ## What Failed
            [Approaches that didn't work and why — so the next session doesn't repeat them]

            ## What's Next
            - [P0] Ship it

            ## Key Decisions
            [Architectural choices made and the reasoning]

            """));
        result.Changes.ShouldBe(new[]
        {
            "Inserted the missing section '## What Was Done This Session' after '## Current State', with a placeholder to fill in.",
            "Inserted the missing section '## What Failed' after '## Current State', with a placeholder to fill in.",
            "Inserted the missing section '## Key Decisions' after '## What's Next', with a placeholder to fill in.",
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
            [YYYY-MM-DD (Session N)]

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
        result.Changes[0].ShouldBe("Inserted the missing section '## Last Updated' before '## Repository and environment state', the note's first section, with a placeholder to fill in.");
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

        result.FixedText.ShouldStartWith("# Notes\nJust prose, no sections.\n\n## Last Updated\n[YYYY-MM-DD (Session N)]\n\n## Current State\n");
        result.FixedText.ShouldEndWith("## Key Decisions\n[Architectural choices made and the reasoning]\n");
    }

    [Fact]
    public void An_empty_note_becomes_the_skeleton_whose_placeholders_the_linter_then_asks_for()
    {
        var result = FixAndCheck(string.Empty);

        result.FixedText.ShouldStartWith("## Last Updated\n[YYYY-MM-DD (Session N)]\n\n## Current State\n[What's working, what's deployed, what's in progress]\n\n");
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        lint.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.RequiredSectionMissing);
        // One finding per section still to write; the stamp's placeholder is a placeholder, not a stamp without a date.
        lint.Diagnostics.Count(d => d.Id == RuleIds.PlaceholderLeft).ShouldBe(6);
        lint.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.StampDateMissing);
    }

    [Fact]
    public void A_stamp_line_outside_any_section_gives_Last_Updated_its_canonical_stamp_and_stays_as_written()
    {
        var result = FixAndCheck(Lf("""
            # FarmPal handoff

            **Last Updated:** March 19, 2026 (Session 12) · read this first

            ## Current State
            Green.
            """));

        result.FixedText.ShouldBe(Lf("""
            # FarmPal handoff

            **Last Updated:** March 19, 2026 (Session 12) · read this first

            ## Last Updated
            2026-03-19 (Session 12)

            ## Current State
            Green.

            ## What Was Done This Session
            [Bullet points of completed work]

            ## What Failed
            [Approaches that didn't work and why — so the next session doesn't repeat them]

            ## What's Next
            [Prioritized list of next steps]

            ## Key Decisions
            [Architectural choices made and the reasoning]

            """));
        result.Changes[0].ShouldBe("Inserted the missing section '## Last Updated' first, before '## Current State', holding the stamp '2026-03-19 (Session 12)' read from line 3.");
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        lint.Document!.Stamp!.ToCanonical().ShouldBe("2026-03-19 (Session 12)");
        lint.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.StampDateNotIso);
    }

    [Fact]
    public void A_stamp_line_without_a_readable_date_gives_the_placeholder_not_an_invented_date()
    {
        var result = FixAndCheck("Last updated: Session 9\n\n## Current State\nGreen.\n");

        result.FixedText.ShouldContain("## Last Updated\n[YYYY-MM-DD (Session N)]\n");
        result.FixedText.ShouldStartWith("Last updated: Session 9\n");
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
    public void A_section_of_a_custom_schema_gets_a_generic_hint_the_placeholder_rule_flags()
    {
        var options = new HandoffLintOptions
        {
            RequiredSections = HandoffLintOptions.DefaultSections.Concat(new[] { new SchemaSection("port_policy", "Port Policy") }).ToArray(),
        };

        var result = FixAndCheck("## Last Updated\n2026-11-20 (Session 4)\n", options);

        result.FixedText.ShouldEndWith("## Key Decisions\n[Architectural choices made and the reasoning]\n\n## Port Policy\n[Port Policy: fill this in]\n");
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md", options);
        lint.Diagnostics.ShouldContain(d => d.Id == RuleIds.PlaceholderLeft && d.Location.Line == result.FixedText.Split('\n').ToList().IndexOf("[Port Policy: fill this in]") + 1);
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
        result.Skipped.Single().ShouldStartWith("Did not insert the missing sections: where they belong, a block above them");
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
