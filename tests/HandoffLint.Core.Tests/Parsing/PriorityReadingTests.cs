using System;
using System.IO;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using HandoffLint.Tests.Support;
using HandoffLint.Text;

namespace HandoffLint.Tests.Parsing;

/// <summary>The first P0 and the other prioritised items, read the ways people write them in What's Next.</summary>
public sealed class PriorityReadingTests
{
    [Theory]
    [InlineData("- [P0] Ship the release\n- [P1] Tidy up", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("1. **P0**: Ship the release\n2. **P1**: Tidy up", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- **P0:** Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- **P0 — Ship the release**", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- P0: Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- (P0) Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- \U0001F534 P0 Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- [ ] P0: Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- Ship the release (P0)\n- Tidy up (P1)", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- Ship the release **[P0]**", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- [P1] Tidy up\n- [P0] Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- [P0] Ship the release,\n  then tell the team", "Ship the release, then tell the team", nameof(PriorityForm.ListItem))]
    [InlineData("| Priority | Task | Owner |\n| --- | --- | --- |\n| P1 | Tidy up | me |\n| **P0** | Ship the release | you |", "Ship the release", nameof(PriorityForm.TableRow))]
    [InlineData("| # | Item | Prio |\n|---|---|---|\n| 1 | Ship the release | \U0001F534 P0 |", "Ship the release", nameof(PriorityForm.TableRow))]
    [InlineData("| Item | Why |\n|:--|:--|\n| P0: Ship the release | customers wait |", "Ship the release", nameof(PriorityForm.TableRow))]
    [InlineData("| **P0** | Ship the release |\n|---|---|\n| **P1** | Tidy up |", "Ship the release", nameof(PriorityForm.TableRow))]
    [InlineData("### P0 — Ship the release\n\nSteps:\n\n- Build\n- Tag", "Ship the release", nameof(PriorityForm.Heading))]
    [InlineData("### [P0] Ship the release", "Ship the release", nameof(PriorityForm.Heading))]
    [InlineData("### 1. Ship the release (P0)", "Ship the release", nameof(PriorityForm.Heading))]
    [InlineData("### P0 — Critical\n\n- Ship the release\n- Rotate the keys\n\n### P1\n\n- Tidy up", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("### P0 (must land before Friday)\n\n1. Ship the release", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("### \U0001F534 P0\n\nShip the release before Friday.\n\n### P1\n\n- Tidy up", "Ship the release before Friday.", nameof(PriorityForm.Paragraph))]
    [InlineData("**P0 (blocking):**\n\n- Ship the release\n\n**P1:**\n\n- Tidy up", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("- **P0**\n  - Ship the release\n  - Rotate the keys", "Ship the release", nameof(PriorityForm.ListItem))]
    [InlineData("**P0:** Ship the release\n**P1:** Tidy up", "Ship the release", nameof(PriorityForm.Paragraph))]
    [InlineData("Priority: P0 — Ship the release", "Ship the release", nameof(PriorityForm.Paragraph))]
    public void The_first_P0_is_found_however_it_is_written(string whatsNext, string expected, string form)
    {
        var first = NextStepsReader.FirstOfHighestPriority(Parse(whatsNext), new HandoffLintOptions());

        first.ShouldNotBeNull();
        first.Text.ShouldBe(expected);
        first.Tag.ShouldBe("P0");
        first.Form.ToString().ShouldBe(form); // a name: the enum is internal, and a public test method cannot take it
    }

    [Theory]
    [InlineData("1. Ship the release\n2. Tidy up")] // Ordered, but no tags: the order is not a tag.
    [InlineData("P0 items from last week are all done.")] // Prose that mentions a tag.
    [InlineData("- P1.5: Ship the release")] // A sub-phase, not P1 (and not P0).
    [InlineData("- ~~[P0] Ship the release~~ done")] // Struck out: finished.
    [InlineData("- [x] P0: Ship the release")] // Ticked: finished.
    [InlineData("- \u2705 P0 Ship the release")] // Marked done.
    [InlineData("- [P1] Tidy up\n- [P2] Polish")] // No P0 at all.
    [InlineData("```\n- [P0] an example inside a code fence\n```")]
    [InlineData("### P0 — Critical\n\n### P1\n\n- Tidy up")] // A P0 group with nothing in it.
    [InlineData("| Task | Owner |\n| --- | --- |\n| Ship the release | me |")] // A table without priorities.
    [InlineData("- Closes #192 P0 cert and #193 P1 slice")] // A bare tag inside prose.
    public void No_P0_is_invented(string whatsNext)
    {
        NextStepsReader.FirstOfHighestPriority(Parse(whatsNext), new HandoffLintOptions()).ShouldBeNull();
    }

    [Fact]
    public void Items_come_in_document_order_with_their_tags_and_positions()
    {
        var document = Parse("### P0\n\n- Ship the release\n- Rotate the keys\n\n### P1 — Tidy up the build\n\n| Priority | Task |\n|---|---|\n| P2 | Polish |");

        var items = NextStepsReader.ReadPrioritized(document, new HandoffLintOptions());

        items.Select(i => i.ToString()).ShouldBe(new[] { "[P0] Ship the release", "[P0] Rotate the keys", "[P1] Tidy up the build", "[P2] Polish" });
        var first = items[0];
        document.Source.Text.Substring(first.Start, first.End - first.Start).ShouldBe("Ship the release");
        document.LocationOf(first.Start, first.End).Line.ShouldBe(document.Source.LineIndexOf(document.Source.Text.IndexOf("Ship", StringComparison.Ordinal)) + 1);
    }

    [Fact]
    public void Configured_tags_are_the_ones_read()
    {
        var options = new HandoffLintOptions { PriorityTags = new[] { "NOW", "SOON", "LATER" } };

        var first = NextStepsReader.FirstOfHighestPriority(Parse("- **SOON:** Tidy up\n- **NOW:** Ship the release\n- Now we rest"), options);

        first.ShouldNotBeNull();
        (first.Tag, first.Text).ShouldBe(("NOW", "Ship the release"));
    }

    [Fact]
    public void Only_What_s_Next_is_read()
    {
        var text = "# Note\n\n## Current State\n\n- [P0] Not a next step\n\n## What's Next\n\n- [P1] Tidy up\n\n## Key Decisions\n\n- [P0] Not one either\n";
        var document = HandoffDocument.Parse(SourceText.From(text), "note.md", new HandoffLintOptions());

        NextStepsReader.ReadPrioritized(document, new HandoffLintOptions()).ShouldHaveSingleItem().Tag.ShouldBe("P1");
    }

    [CorpusTheory]
    [MemberData(nameof(TestPaths.CorpusNotes), MemberType = typeof(TestPaths))]
    public void Real_notes_give_items_only_inside_What_s_Next_and_a_P0_only_where_they_wrote_one(string name)
    {
        var options = new HandoffLintOptions();
        if (CorpusDocument(name, options) is not { } document) return;
        var section = document.FindSection(SectionKeys.WhatsNext);
        var sectionText = section is null ? string.Empty : document.Source.Text.Substring(section.ContentStart, section.ContentEnd - section.ContentStart);

        foreach (var item in NextStepsReader.ReadPrioritized(document, options))
        {
            section.ShouldNotBeNull();
            item.Start.ShouldBeInRange(section.ContentStart, section.ContentEnd, item.ToString());
            item.End.ShouldBeInRange(item.Start, section.ContentEnd, item.ToString());
            item.Text.ShouldNotBeNullOrWhiteSpace();
            // The words are the note's own, give or take whitespace and the emphasis around them.
            Words(document.Source.Text).ShouldContain(Words(item.Text.Split(' ')[0]));
        }

        if (sectionText.IndexOf("P0", StringComparison.OrdinalIgnoreCase) < 0) NextStepsReader.FirstOfHighestPriority(document, options).ShouldBeNull();
    }

    // Markdig refuses only nesting beyond its depth limit, which no real note has; such a note has nothing to read here.
    private static HandoffDocument? CorpusDocument(string name, HandoffLintOptions options) =>
        HandoffDocument.TryParse(SourceText.From(File.ReadAllText(Path.Combine(TestPaths.CorpusFolder, name))), name, options, out var document, out _) ? document : null;

    private static string Words(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    private static HandoffDocument Parse(string whatsNext) =>
        HandoffDocument.Parse(SourceText.From("# Note\n\n## Last Updated\n\n2026-11-20 (Session 3)\n\n## What's Next\n\n" + whatsNext + "\n\n## Key Decisions\n\n- None.\n"), "note.md", new HandoffLintOptions());
}
