using System;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Fixing;
using HandoffLint.Tests.Support;
using HandoffLint.Text;
using static HandoffLint.Tests.Fixing.FixerInvariants;

namespace HandoffLint.Tests.Fixing;

/// <summary>Bytes in, bytes out: line endings and the byte order mark survive a fix; the seed note and every corpus note fix cleanly.</summary>
public sealed class FixerRoundTripTests
{
    private const string Messy = "# Handoff\n\n## Last Updated\nMarch 19, 2026 (Session 12)\n\n## Current State\nGreen.\n\n## What's Next\n1. P1: Docs\n2. (p0) Ship\n   - with the migration\n";

    [Fact]
    public void A_CRLF_note_stays_CRLF_on_every_line_old_and_new()
    {
        var crlf = Messy.Replace("\n", "\r\n");

        var result = FixAndCheck(crlf);

        result.Changed.ShouldBeTrue();
        result.FixedText.Replace("\r\n", string.Empty).ShouldNotContain('\n');
        result.FixedText.Replace("\r\n", string.Empty).ShouldNotContain('\r');
        result.FixedText.ShouldBe(FixAndCheck(Messy).FixedText.Replace("\n", "\r\n"));
    }

    [Fact]
    public void With_mixed_line_endings_existing_lines_keep_theirs_and_added_lines_take_the_dominant_one()
    {
        // Mostly LF, with two CRLF lines the user's editor left behind.
        var mixed = "## Last Updated\r\n2026-11-20 (Session 4)\r\n\n## Current State\nGreen.\n\n## What's Next\n- [P0] Ship\n";

        var result = FixAndCheck(mixed);

        result.FixedText.ShouldStartWith("## Last Updated\r\n2026-11-20 (Session 4)\r\n\n## Current State\nGreen.\n\n## What Was Done This Session\nTODO(handofflint): Bullet points of completed work\n\n");
        result.FixedText.Count(c => c == '\r').ShouldBe(2);
    }

    [Fact]
    public void A_byte_order_mark_is_kept_through_decode_fix_and_encode()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Messy)).ToArray();
        SourceText.TryDecode(bytes, out var source, out _).ShouldBeTrue();

        var result = new HandoffFixer().Fix(source!, "docs/SESSION-HANDOFF.md", new HandoffLintOptions());
        var written = source!.Encode(result.FixedText);

        written.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(written, 3, written.Length - 3).ShouldBe(result.FixedText);
        result.FixedText.ShouldNotStartWith("\uFEFF");
        result.FixedText.ShouldBe(FixAndCheck(Messy).FixedText);
    }

    [Fact]
    public void A_fix_whose_edit_would_land_inside_an_unclosed_code_block_is_not_made()
    {
        // Found by the fuzz suite (fuzz/regressions/fix/idempotent-*): the stamp was moved under a '## Last Updated' heading
        // written inside an unclosed HTML comment (first found inside an unclosed fence), which Markdown does not read as a heading, so
        // every later fix moved it again. The stamp fix now reads its own result back and says why it leaves the stamp.
        var result = FixAndCheck("<!--\n2026-3-3");

        result.Changed.ShouldBeFalse();
        result.Skipped.ShouldContain("Did not write '## Last Updated' for the stamp on line 2: Markdown would not read the heading there as a heading (it would land inside HTML or code); write the section yourself.");
    }

    [Fact]
    public void Sections_that_would_push_an_unusable_stamp_out_of_the_first_screen_are_not_inserted()
    {
        // Found by the fuzz suite (fixture never-adds-finding-7492d3c0ef): the labelled stamp on line 20 has no calendar date,
        // so the stamp fix leaves it; inserting sections above it pushed it out of the note's first screen, and the bare date
        // on line 1 became the stamp, future-dated and moved under '## Last Updated' by the next pass.
        var filler = string.Concat(Enumerable.Range(1, 17).Select(i => $"Line {i} of notes.\n"));
        var note = "2026-12-24\n## Notes\n" + filler + "updated 2026-2-30\n";

        var result = FixAndCheck(note);

        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        lint.Document!.Stamp!.DateText.ShouldBe("2026-2-30");
        result.FixedText.ShouldNotContain("## Last Updated");
        result.Skipped.ShouldContain(s => s.StartsWith("Did not apply this fix, because another date would then be read as the note's Last Updated stamp: Inserted the missing section", StringComparison.Ordinal));
    }

    [Fact]
    public void A_renamed_heading_that_repeats_a_word_keeps_it()
    {
        // Found by the fuzz suite (fuzz/regressions/fix/never-loses-a-word-512684be81): every word of the heading was in the
        // section's name, so the rename wrote the name alone and lost the second "Current".
        var result = FixAndCheck("## Current Current state");

        result.FixedText.ShouldContain("## Current State — Current Current state");
    }

    [Fact]
    public void A_date_inside_an_unclosed_code_fence_is_no_stamp()
    {
        // Found by the fuzz suite (fuzz/regressions/fix/never-adds-finding-46cf2053b1): Markdig leaves an unclosed fence's span
        // on its opening line, so a date below it was read as a loose stamp, and moving it brought the next date to light.
        var result = FixAndCheck("~~~\n7192-84-4\nupdated 2026-3-3");

        result.Changed.ShouldBeFalse();
        result.Skipped.ShouldNotContain(s => s.Contains("stamp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stamp_line_with_a_word_in_parentheses_keeps_it()
    {
        // Found by the fuzz suite (fuzz/regressions/fix/never-loses-a-word-3e11779e9b): the line was replaced by the section,
        // and its "(n)" lost, because the heading reading drops a trailing parenthesis.
        var result = FixAndCheck("update:9999-1-1(n)");

        result.FixedText.ShouldStartWith("## Last Updated\n9999-01-01\n\nupdate:9999-1-1(n)");
    }

    [Fact]
    public void The_change_sentences_name_each_fix_once_in_the_order_applied()
    {
        var result = FixAndCheck(Messy);

        result.Changes.ShouldBe(new[]
        {
            "Rewrote the priority tag 'P1:' on line 10 as '[P1]'.",
            "Rewrote the priority tag '(p0)' on line 11 as '[P0]'.",
            "Sorted the What's Next list on line 10 by priority (2 of its 2 items moved; items without a priority tag stayed where they were).",
            "Normalised the Last Updated stamp on line 4 from 'March 19, 2026 (Session 12)' to '2026-03-19 (Session 12)'.",
            "Inserted the missing section '## What Was Done This Session' after '## Current State', with a to-do line to replace.",
            "Inserted the missing section '## What Failed' after '## What Was Done This Session', with a to-do line to replace.",
            "Inserted the missing section '## Key Decisions' after '## What's Next', with a to-do line to replace.",
        });
        result.FixedText.ShouldContain("## What's Next\n1. [P0] Ship\n   - with the migration\n2. [P1] Docs\n\n## Key Decisions\n");
    }

    [Fact]
    public void The_seed_trading_bot_note_gets_its_two_missing_sections_and_keeps_everything_else()
    {
        var seed = File.ReadAllText(TestPaths.Fixtures("Seed", "trading-bot.md"));

        var result = FixAndCheck(seed);

        // "## Last Updated: Session 47" has no date to normalise and none is invented; its sections were in order, its list sorted.
        result.Changes.ShouldBe(new[]
        {
            "Inserted the missing section '## What Was Done This Session' after '## Current State', with a to-do line to replace.",
            "Inserted the missing section '## Key Decisions' after '## What's Next', with a to-do line to replace.",
        });
        result.FixedText.ShouldStartWith(seed.Substring(0, seed.IndexOf("## What Failed This Session", StringComparison.Ordinal)).TrimEnd('\n') +
            "\n\n## What Was Done This Session\nTODO(handofflint): Bullet points of completed work\n\n## What Failed This Session\n");
        result.FixedText.ShouldEndWith("3. [P2] Backtest new momentum strategy\n\n## Key Decisions\nTODO(handofflint): Architectural choices made and the reasoning\n");

        var lint = new HandoffLinter(new FixedClock(Today)).LintText(result.FixedText, "docs/SESSION-HANDOFF.md");
        string.Join(" ", lint.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal))
            .ShouldBe(RuleIds.PlaceholderLeft + " " + RuleIds.StampDateMissing, string.Join(Environment.NewLine, lint.Diagnostics));
    }

    [Fact]
    public void A_note_the_parser_refuses_comes_back_unchanged_with_the_reason()
    {
        var deep = "## What's Next\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "[P0] deep\n";

        var result = new HandoffFixer().Fix(SourceText.From(deep), "docs/SESSION-HANDOFF.md", new HandoffLintOptions());

        result.Changed.ShouldBeFalse();
        result.Changes.ShouldBeEmpty();
        result.Skipped.Single().ShouldStartWith("Nothing was fixed: ");
    }

    [CorpusTheory]
    [MemberData(nameof(TestPaths.CorpusNotes), MemberType = typeof(TestPaths))]
    public void Every_real_note_fixes_idempotently_keeping_every_line_and_lints_without_failure(string name)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.CorpusFolder, name));

        var result = FixAndCheck(text);

        // Every corpus note misses at least one section of the pattern, so each one changes; none is left half-fixed.
        result.Changed.ShouldBeTrue();
        result.Skipped.ShouldNotContain(s => s.StartsWith("Nothing was fixed", StringComparison.Ordinal));
    }
}
