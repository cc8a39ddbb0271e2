using System;
using System.Linq;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;
using HandoffLint.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HandoffLint.Tests.Parsing;

/// <summary>
/// A note is parsed at every session start and every build, so its cost must grow with its size, whatever it holds
/// (issue 13). These tests check the bounds by what the parser does (what it parses, where it stops), never by a clock.
/// </summary>
public sealed class ParseCostTests
{
    private static readonly HandoffLinter Linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private static readonly HandoffLintOptions Options = new() { GitRulesEnabled = false, MaxCharacters = int.MaxValue };

    [Fact]
    public void Inline_syntax_is_not_parsed_so_unclosed_links_cost_nothing()
    {
        // Markdig scans each "](" destination to the end of its run: 100 KB of "[a](" took 2.8 s, 1 MB over 2 minutes.
        var document = Parse("## What's Next\n- [P0] see [the spec](docs/spec.md) and *this*\n");

        document.Markdown.Descendants<LinkInline>().ShouldBeEmpty();
        document.Markdown.Descendants<EmphasisInline>().ShouldBeEmpty();
        var item = document.FindSection(SectionKeys.WhatsNext)!.Blocks.OfType<ListBlock>().Single();
        document.TextOf(item).ShouldBe("- [P0] see [the spec](docs/spec.md) and *this*");
    }

    [Theory]
    [InlineData("[a](")]
    [InlineData("![a](")]
    [InlineData("[a][")]
    [InlineData("[a](b (")]
    public void A_megabyte_of_unclosed_links_is_linted_like_ten_kilobytes(string unit)
    {
        var small = Linter.LintText(Note(unit, 10_000), "docs/SESSION-HANDOFF.md", Options);
        var large = Linter.LintText(Note(unit, 1_000_000), "docs/SESSION-HANDOFF.md", Options);

        large.Diagnostics.Select(d => d.Id).ShouldBe(small.Diagnostics.Select(d => d.Id));
        large.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError || d.Id == RuleIds.HandoffUnreadable);
    }

    [Fact]
    public void Nesting_past_the_limit_stops_the_parse_where_it_passes_the_limit()
    {
        // A 4 MB indented list, one level deeper per line: Markdig parsed all of it (12 s) before refusing it. Each level is
        // a list and its item, two containers; with the document, line 65 opens the 130th.
        var builder = new StringBuilder();
        for (var depth = 0; builder.Length < 4_000_000; depth++) builder.Append(' ', 2 * depth).Append("- a\n");

        var diagnostic = Linter.LintText(builder.ToString(), "docs/SESSION-HANDOFF.md", Options).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.HandoffUnreadable);
        diagnostic.Message.ShouldContain("nests deeper than the parser's depth limit at line 65 ");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_parsed()
    {
        // 64 levels are 128 containers with the document's: Markdig's own limit, which the bound keeps.
        var builder = new StringBuilder("## What's Next\n");
        for (var depth = 0; depth < 63; depth++) builder.Append(' ', 2 * depth).Append("- [P0] a\n");

        var document = Parse(builder.ToString());

        document.Markdown.Descendants<ListItemBlock>().Count().ShouldBe(63);
    }

    [Fact]
    public void A_megabyte_of_setext_headings_is_one_finding_and_at_most_the_limit_of_headings()
    {
        // Each setext heading made Markdig search every block before it: 1 MB took 8 s, 2.2 MB 33 s.
        var builder = new StringBuilder("## Last Updated\n2026-11-22 (Session 4)\n\n");
        while (builder.Length < 1_000_000) builder.Append("X\n---\n");
        var text = builder.ToString();

        var result = Linter.LintText(text, "docs/SESSION-HANDOFF.md", Options);

        result.Document!.Headings.Count(h => h.Heading.IsSetext).ShouldBe(MarkdownCostBound.Limit);
        var finding = result.Diagnostics.Where(d => d.Id == RuleIds.MarkdownConstructBounded).ShouldHaveSingleItem();
        finding.Location.Line.ShouldBe(3 + 2 * (MarkdownCostBound.Limit + 1), "the 101st underline");
        finding.Message.ShouldStartWith("The note has 166,660 lines underlined as setext headings");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void The_bound_keeps_every_offset_and_counts_inside_quotes_and_lists(string newLine)
    {
        var text = string.Concat(Enumerable.Range(0, 60).Select(i => $"> X{newLine}> ---{newLine}{newLine}  Y{newLine}  ==={newLine}{newLine}"));

        var parsed = MarkdownCostBound.Apply(text, out var bounded);

        parsed.Length.ShouldBe(text.Length);
        parsed.Replace("-", " ").Replace("=", " ").ShouldBe(text.Replace("-", " ").Replace("=", " "), "only underline characters change");
        (parsed.Count(c => c == '-') / 3 + parsed.Count(c => c == '=') / 3).ShouldBe(MarkdownCostBound.Limit);
        var construct = bounded.ShouldHaveSingleItem();
        construct.Count.ShouldBe(120);
        text.Substring(construct.FirstUnparsedOffset, 3).ShouldBe("---", "the 101st underline is the 51st quote's");
    }

    [Fact]
    public void Link_definitions_past_the_limit_are_read_as_text_without_a_finding()
    {
        // A paragraph of definitions is removed from its parent by a search from the first child: 1 MB took 4.8 s.
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000) builder.Append("x\n\n[a]: b\n\n");
        var text = builder.ToString();

        var parsed = MarkdownCostBound.Apply(text, out var bounded);

        parsed.Length.ShouldBe(text.Length);
        parsed.Split('\n').Count(l => l.StartsWith('[')).ShouldBe(MarkdownCostBound.Limit);
        bounded.ShouldBeEmpty();
        Linter.LintText(text, "docs/SESSION-HANDOFF.md", Options).Diagnostics.ShouldNotContain(d => d.Id == RuleIds.MarkdownConstructBounded);
    }

    private static HandoffDocument Parse(string text) => HandoffDocument.Parse(SourceText.From(text), "docs/SESSION-HANDOFF.md", new HandoffLintOptions());

    private static string Note(string unit, int size)
    {
        var builder = new StringBuilder("## Last Updated\n2026-11-22 (Session 4)\n\n## What's Next\n- [P0] ");
        while (builder.Length < size) builder.Append(unit);
        return builder.Append('\n').ToString();
    }
}
