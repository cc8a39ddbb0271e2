using System.Linq;
using HandoffLint.Diagnostics;
using static HandoffLint.Tests.Fixing.FixerInvariants;

namespace HandoffLint.Tests.Fixing;

/// <summary>The Last Updated stamp is brought to <c>YYYY-MM-DD (Session N)</c> as far as its parts are known, and nothing is invented.</summary>
public sealed class StampFixTests
{
    private const string Rest = "\n## Current State\nGreen.\n\n## What Was Done This Session\n- Retries\n\n## What Failed\n- Nothing\n\n## What's Next\n- [P0] Ship\n\n## Key Decisions\n- Postgres\n";

    [Theory]
    [InlineData("March 19, 2026 (Session 12)", "2026-03-19 (Session 12)", "March 19, 2026 (Session 12)")]
    [InlineData("March 19, 2026", "2026-03-19", "March 19, 2026")]
    [InlineData("19 March 2026 - Session 12", "2026-03-19 (Session 12)", "19 March 2026 - Session 12")]
    [InlineData("Session 12 — 2026-3-9", "2026-03-09 (Session 12)", "Session 12 — 2026-3-9")]
    [InlineData("**2026/03/19**, session #12", "2026-03-19 (Session 12)", "**2026/03/19**, session #12")]
    [InlineData("2026-03-19 (session 12)", "2026-03-19 (Session 12)", "2026-03-19 (session 12)")]
    [InlineData("March 19, 2026, after the release (Session 12)", "2026-03-19, after the release (Session 12)", "March 19, 2026")]
    [InlineData("Jan 22, 2026 ~12:45 UTC", "2026-01-22 ~12:45 UTC", "Jan 22, 2026")]
    [InlineData("March 19, 2026 (Session 0)", "2026-03-19 (Session 0)", "March 19, 2026")]
    public void A_stamp_in_the_section_body_is_normalised(string written, string expected, string rewrittenPart)
    {
        var result = FixAndCheck("## Last Updated\n" + written + "\n" + Rest);

        result.FixedText.ShouldBe("## Last Updated\n" + expected + "\n" + Rest);
        var replacement = rewrittenPart == written ? expected : expected.Substring(0, 10);
        result.Changes.ShouldBe(new[] { $"Normalised the Last Updated stamp on line 2 from '{rewrittenPart}' to '{replacement}'." });
    }

    [Theory]
    [InlineData("2026-03-19 (Session 12)")]
    [InlineData("2026-03-19")]
    [InlineData("Session 47")]
    [InlineData("2026-02-30 (Session 3)")]
    [InlineData("Yesterday, Session 5")]
    [InlineData("[YYYY-MM-DD (Session N)]")]
    public void A_stamp_already_canonical_or_without_a_readable_date_is_left_alone(string written)
    {
        var result = FixAndCheck("## Last Updated\n" + written + "\n" + Rest);

        result.Changed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("## Last Updated: March 31, 2026 (Session 30)", "## Last Updated: 2026-03-31 (Session 30)")]
    [InlineData("## Last Updated: **31 Mar 2026**", "## Last Updated: **2026-03-31**")]
    [InlineData("## Last Updated: Session 47", "## Last Updated: Session 47")]
    [InlineData("## Last Updated: 2026-03-31 (Session 30)", "## Last Updated: 2026-03-31 (Session 30)")]
    public void A_stamp_in_the_heading_stays_in_the_heading(string written, string expected)
    {
        var result = FixAndCheck(written + "\n" + Rest);

        result.FixedText.ShouldBe(expected + "\n" + Rest);
    }

    [Fact]
    public void A_stamp_as_a_list_item_keeps_its_list_marker_and_only_its_date_changes()
    {
        var result = FixAndCheck("## Last Updated\n- March 19, 2026 (Session 12)\n" + Rest);

        result.FixedText.ShouldStartWith("## Last Updated\n- 2026-03-19 (Session 12)\n");
    }

    [Fact]
    public void A_hard_line_break_after_the_stamp_and_the_paragraphs_other_lines_are_kept()
    {
        var result = FixAndCheck("## Last Updated\nMarch 19, 2026 (Session 12)  \nby the night shift\n" + Rest);

        result.FixedText.ShouldStartWith("## Last Updated\n2026-03-19 (Session 12)  \nby the night shift\n");
    }

    [Fact]
    public void After_the_fix_the_linter_no_longer_asks_for_an_ISO_date()
    {
        var before = new HandoffLinter(new FixedClock(Today)).LintText("## Last Updated\nNovember 20, 2026 (Session 4)\n" + Rest, "docs/SESSION-HANDOFF.md");
        before.Diagnostics.ShouldContain(d => d.Id == RuleIds.StampDateNotIso);

        var result = FixAndCheck("## Last Updated\nNovember 20, 2026 (Session 4)\n" + Rest);

        new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md").Diagnostics.ShouldBeEmpty();
    }
}
