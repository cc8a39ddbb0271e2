using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using static HandoffLint.Tests.Fixing.FixerInvariants;
using static HandoffLint.Tests.Fixing.MissingSectionsFixTests;

namespace HandoffLint.Tests.Fixing;

/// <summary>What's Next: tag spellings made canonical, then each list stable-sorted by priority.</summary>
public sealed class NextStepsFixTests
{
    // Every section present, so that these tests see only What's Next's fixes.
    private const string Head = "## Last Updated\n2026-11-20 (Session 4)\n\n## Current State\nGreen.\n\n## What Was Done This Session\n- Retries\n\n## What Failed\n- Nothing\n\n## What's Next\n";
    private const string Tail = "\n## Key Decisions\n- Postgres\n";

    [Theory]
    [InlineData("- P0: Fix the stop", "- [P0] Fix the stop")]
    [InlineData("- (P1) Add the page", "- [P1] Add the page")]
    [InlineData("- [p2] Backtest", "- [P2] Backtest")]
    [InlineData("- **P0** Fix the stop", "- [P0] Fix the stop")]
    [InlineData("- **P0**: Fix the stop", "- [P0] Fix the stop")]
    [InlineData("- __P1__ - Add the page", "- [P1] Add the page")]
    [InlineData("- P1 - Add the page", "- [P1] Add the page")]
    [InlineData("- P0:   Fix the stop", "- [P0] Fix the stop")]
    [InlineData("- **P0 – Fix the stop**", "- [P0] **Fix the stop**")]
    [InlineData("1. P0: Fix the stop", "1. [P0] Fix the stop")]
    public void A_misspelt_tag_becomes_the_canonical_tag_and_one_space(string written, string expected)
    {
        var result = FixAndCheck(Head + written + "\n" + Tail);

        result.FixedText.ShouldBe(Head + expected + "\n" + Tail);
        result.Changes.Single().ShouldStartWith("Rewrote the priority tag '");
        result.Changes.Single().ShouldEndWith("' on line 14 as '[" + expected.Split('[', ']')[1] + "]'.");
    }

    [Theory]
    [InlineData("- [P3] Not in the configured set")]
    [InlineData("- [P0][P1] Two tags")]
    [InlineData("- Step 1 is not a tag")]
    [InlineData("- [P0] Already canonical")]
    [InlineData("- Fix it [P1] later in the line")]
    public void Tags_that_are_unknown_doubled_absent_or_canonical_are_left_alone(string written)
    {
        var result = FixAndCheck(Head + written + "\n" + Tail);

        result.Changed.ShouldBeFalse();
    }

    [Fact]
    public void A_tag_whose_emphasis_does_not_pair_up_is_reported_not_guessed()
    {
        var result = FixAndCheck(Head + "- *P0** odd\n" + Tail);

        result.Changed.ShouldBeFalse();
        result.Skipped.Single().ShouldStartWith("Left the priority tag '*P0**' on line 14 as written");
    }

    [Fact]
    public void A_numbered_list_is_sorted_by_priority_and_renumbered()
    {
        var result = FixAndCheck(Head + "1. [P2] Backtest\n2. [P0] Fix the stop\n3. [P1] Add the page\n" + Tail);

        result.FixedText.ShouldBe(Head + "1. [P0] Fix the stop\n2. [P1] Add the page\n3. [P2] Backtest\n" + Tail);
        result.Changes.ShouldBe(new[] { "Sorted the What's Next list on line 14 by priority (3 of its 3 items moved; items without a priority tag stayed where they were)." });
    }

    [Fact]
    public void Equal_priorities_keep_their_order_and_items_move_with_their_sub_items_and_continuation_lines()
    {
        var result = FixAndCheck(Head + Lf("""
            - [P1] First P1
              continued on a second line
              - sub-item of the first P1
            - [P0] The P0
            - [P1] Second P1
              - sub-item of the second P1
            """) + Tail);

        result.FixedText.ShouldBe(Head + Lf("""
            - [P0] The P0
            - [P1] First P1
              continued on a second line
              - sub-item of the first P1
            - [P1] Second P1
              - sub-item of the second P1
            """) + Tail);
    }

    [Fact]
    public void Items_without_a_priority_stay_where_they_are_and_the_ranked_ones_sort_around_them()
    {
        var result = FixAndCheck(Head + "- [P2] Later\n- Note: the VPS reboots at 03:00\n- [P0] Now\n- [P3] Unknown tag stays too\n- [P1] Soon\n" + Tail);

        result.FixedText.ShouldBe(Head + "- [P0] Now\n- Note: the VPS reboots at 03:00\n- [P1] Soon\n- [P3] Unknown tag stays too\n- [P2] Later\n" + Tail);
    }

    [Fact]
    public void A_loose_list_stays_loose_and_the_last_item_moves_without_losing_its_separation()
    {
        var result = FixAndCheck(Head + "- [P1] Second\n\n- [P2] Third\n\n- [P0] First\n" + Tail);

        result.FixedText.ShouldBe(Head + "- [P0] First\n\n- [P1] Second\n\n- [P2] Third\n" + Tail);
    }

    [Fact]
    public void Numbers_that_were_not_in_sequence_travel_with_their_items()
    {
        var result = FixAndCheck(Head + "1. [P1] B\n1. [P0] A\n7. [P2] C\n" + Tail);

        result.FixedText.ShouldBe(Head + "1. [P0] A\n1. [P1] B\n7. [P2] C\n" + Tail);
    }

    [Fact]
    public void A_narrower_number_keeps_the_column_its_item_text_and_sub_items_start_at()
    {
        var items = Enumerable.Range(1, 9).Select(i => $"{i}. [P1] Item {i}\n").Aggregate(string.Empty, string.Concat)
            + "10. [P0] Item ten\n    - its detail\n";

        var result = FixAndCheck(Head + items + Tail);

        result.FixedText.ShouldContain("\n1.  [P0] Item ten\n    - its detail\n2. [P1] Item 1\n");
        result.FixedText.ShouldContain("\n10. [P1] Item 9\n");
        result.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public void A_wider_number_shifts_its_items_continuation_lines_so_they_stay_inside_it()
    {
        var items = "1. [P2] Item 1\n   - detail indented for one digit\n"
            + Enumerable.Range(2, 8).Select(i => $"{i}. [P0] Item {i}\n").Aggregate(string.Empty, string.Concat) + "10. [P1] Item ten\n";

        var result = FixAndCheck(Head + items + Tail);

        result.FixedText.ShouldContain("\n8. [P0] Item 9\n9. [P1] Item ten\n10. [P2] Item 1\n    - detail indented for one digit\n");
        result.Skipped.ShouldBeEmpty();
        var document = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md").Document!;
        var list = document.FindSection(SectionKeys.WhatsNext)!.Blocks.OfType<Markdig.Syntax.ListBlock>().Single();
        list.Count.ShouldBe(10);
        ((Markdig.Syntax.ListItemBlock)list[9]).Count.ShouldBe(2, "the detail is still the last item's own sub-list");
    }

    [Fact]
    public void Numbers_travel_with_their_items_when_a_wider_number_would_have_to_shift_tab_indented_lines()
    {
        var items = "1. [P2] Item 1\n\t- detail indented with a tab\n"
            + Enumerable.Range(2, 8).Select(i => $"{i}. [P0] Item {i}\n").Aggregate(string.Empty, string.Concat) + "10. [P1] Item ten\n";

        var result = FixAndCheck(Head + items + Tail);

        result.FixedText.ShouldContain("\n10. [P1] Item ten\n1. [P2] Item 1\n\t- detail indented with a tab\n");
        result.Skipped.Single().ShouldStartWith("Kept each item's number in the What's Next list on line 14 after sorting");
        new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md").Diagnostics.ShouldNotContain(d => d.Id == RuleIds.NextStepsOutOfOrder);
    }

    [Fact]
    public void Separate_lists_are_each_sorted_but_never_merged()
    {
        var result = FixAndCheck(Head + "- [P1] b\n- [P2] c\n\nLater, after the release:\n\n- [P2] e\n- [P0] d\n" + Tail);

        result.FixedText.ShouldBe(Head + "- [P1] b\n- [P2] c\n\nLater, after the release:\n\n- [P0] d\n- [P2] e\n" + Tail);
        result.Skipped.Single().ShouldStartWith("What's Next holds 2 separate lists; each was sorted on its own, but a [P0] item on line 20");
    }

    [Fact]
    public void Misspelt_tags_are_fixed_first_and_then_sorted_by_what_they_mean()
    {
        var result = FixAndCheck(Head + "1. P2: Backtest\n2. (p0) Fix the stop\n3. **P1** Add the page\n" + Tail);

        result.FixedText.ShouldBe(Head + "1. [P0] Fix the stop\n2. [P1] Add the page\n3. [P2] Backtest\n" + Tail);
        result.Changes.Count.ShouldBe(4);
        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        lint.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Configured_tags_are_the_ones_fixed_and_sorted()
    {
        var options = new HandoffLintOptions { PriorityTags = new[] { "Now", "Soon", "Later" } };

        var result = FixAndCheck(Head + "- [Later] c\n- [now] a\n- [Soon] b\n" + Tail, options);

        result.FixedText.ShouldBe(Head + "- [Now] a\n- [Soon] b\n- [Later] c\n" + Tail);
    }
}
