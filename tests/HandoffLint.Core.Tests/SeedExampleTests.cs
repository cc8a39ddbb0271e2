using System;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests;

/// <summary>The pattern's own examples, copied verbatim from the article into <c>Fixtures/Seed</c>.</summary>
public sealed class SeedExampleTests
{
    private static readonly HandoffLinter OnTheTemplatesDay = new(new FixedClock(new DateTimeOffset(2026, 3, 31, 18, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void The_empty_template_has_every_placeholder_flagged_and_nothing_else()
    {
        var result = OnTheTemplatesDay.LintText(Read("template.md"), "docs/SESSION-HANDOFF.md");

        result.Diagnostics.Select(d => $"{d.Location.Line} {d.Id}").ShouldBe(new[]
        {
            "7 HL0007", "10 HL0007", "13 HL0007", "16 HL0007", "19 HL0007",
        });
        result.Diagnostics.ShouldAllBe(d => d.Severity == DiagnosticSeverity.Warning);
        result.Diagnostics[0].Message.ShouldContain("[What's working, what's deployed, what's in progress]");
    }

    [Fact]
    public void The_template_left_alone_for_months_is_also_stale()
    {
        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)))
            .LintText(Read("template.md"), "docs/SESSION-HANDOFF.md");

        var stale = result.Diagnostics.Single(d => d.Id == RuleIds.HandoffStale);
        stale.Location.Line.ShouldBe(4);
        stale.Message.ShouldBe("Last Updated is 2026-03-31, 237 days before today (2026-11-23); Expected: at most 14 days. Rewrite the note, or raise handofflint.max_age_days");
    }

    [Fact]
    public void The_trading_bot_note_reports_exactly_its_real_gaps()
    {
        var result = OnTheTemplatesDay.LintText(Read("trading-bot.md"), "docs/SESSION-HANDOFF.md");

        // No date in "## Last Updated: Session 47", and the two sections the compressed note leaves out.
        // "## What Failed This Session" is the pattern's own alias, and the [P0]-[P2] list is in order.
        result.Diagnostics.Select(d => d.ToString()).ShouldBe(new[]
        {
            "docs/SESSION-HANDOFF.md(1,1): warning HL0003: Required section '## What Was Done This Session' is missing; add it after '## Current State'",
            "docs/SESSION-HANDOFF.md(1,1): warning HL0003: Required section '## Key Decisions' is missing; add it after '## What's Next'",
            "docs/SESSION-HANDOFF.md(1,18): warning HL0008: Last Updated has no date; Expected: 'YYYY-MM-DD (Session N)'; Actual: 'Session 47'",
        });
    }

    [Fact]
    public void A_fully_filled_note_in_the_templates_shape_has_no_diagnostics()
    {
        var text = File.ReadAllText(TestPaths.Fixtures("Rules", "conforming.md"));

        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))).LintText(text, "docs/SESSION-HANDOFF.md");

        result.Diagnostics.ShouldBeEmpty();
        result.Document!.Stamp!.ToCanonical().ShouldBe("2026-11-22 (Session 31)");
    }

    private static string Read(string name) => File.ReadAllText(TestPaths.Fixtures("Seed", name));
}
