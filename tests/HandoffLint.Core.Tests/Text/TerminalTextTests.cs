using System;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Text;

namespace HandoffLint.Tests.Text;

/// <summary>
/// Messages print as one line with no control or bidi characters: before, a note's ESC, U+202E and line breaks landed in
/// "Actual: '...'" excerpts, broke the canonical <c>file(line,col): warning HLnnnn: message</c> line and let a note rewrite
/// what a terminal or CI log shows.
/// </summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("a\u001b[31mb", "a\\u001B[31mb")]
    [InlineData("x\u202Ey", "x\\u202Ey")]
    [InlineData("one\ntwo\rthree", "one\\u000Atwo\\u000Dthree")]
    [InlineData("tab\there", "tab\\u0009here")]
    [InlineData("nel\u0085sep\u2028", "nel\\u0085sep\\u2028")]
    [InlineData("iso\u2066late\u2069", "iso\\u2066late\\u2069")]
    [InlineData("pair \U0001F600 ok", "pair \U0001F600 ok")]
    [InlineData("plain text, 'quotes' and \\ backslashes", "plain text, 'quotes' and \\ backslashes")]
    [InlineData("Ünïcödé and 中文", "Ünïcödé and 中文")]
    public void Escape_writes_unsafe_characters_as_code_points_and_keeps_the_rest(string text, string expected)
    {
        TerminalText.Escape(text).ShouldBe(expected);
        TerminalText.IsSafe(TerminalText.Escape(text)).ShouldBeTrue();
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_and_a_pair_is_kept()
    {
        TerminalText.Escape("lone\uD800 and \uDC00").ShouldBe("lone\\uD800 and \\uDC00");
        TerminalText.Escape("pair \uD83D\uDE00").ShouldBe("pair \uD83D\uDE00");
    }

    [Fact]
    public void Excerpts_are_cut_outside_surrogate_pairs()
    {
        var text = new string('a', 76) + "\U0001F600" + new string('b', 10);

        var excerpt = TerminalText.Excerpt(text, 80);

        excerpt.ShouldBe(new string('a', 76) + "...");
        TerminalText.Excerpt("short", 80).ShouldBe("short");
    }

    [Fact]
    public void A_note_cannot_put_control_or_bidi_characters_or_line_breaks_in_a_message()
    {
        var note = "## Last Updated\nSession 4 \u001b[2J\u001b[31mOK\u202Eevil\rinjected: error HL0001: fake\n\n## What's Next\n- [P9\u001b] later\n";

        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))).LintText(note, "docs/SESSION-HANDOFF.md");

        result.Diagnostics.ShouldNotBeEmpty();
        foreach (var diagnostic in result.Diagnostics)
        {
            TerminalText.IsSafe(diagnostic.Message).ShouldBeTrue(diagnostic.Message);
            diagnostic.ToString().ShouldMatch(@"^docs/SESSION-HANDOFF\.md(\(\d+,\d+\))?: (warning|error|info) HL\d{4}: [^\r\n]+$");
        }

        result.Diagnostics.ShouldContain(d => d.Message.Contains("\\u001B[2J\\u001B[31mOK\\u202Eevil", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_note_text_is_cut_to_a_sane_length()
    {
        var note = "## Last Updated\nSession 4 " + new string('x', 5_000) + "\n";

        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))).LintText(note, "docs/SESSION-HANDOFF.md");

        var missingDate = result.Diagnostics.Single(d => d.Id == RuleIds.StampDateMissing);
        missingDate.Message.Length.ShouldBeLessThan(TerminalText.MaxExcerpt + 100);
        missingDate.Message.ShouldEndWith("...'");
        result.Diagnostics.ShouldAllBe(d => d.Message.Length <= TerminalText.MaxMessage);
    }

    [Fact]
    public void Paths_print_escaped_in_the_canonical_line()
    {
        var diagnostic = new HandoffLinter().LintText("x", "docs/evil\u001b]0;title\u0007\nname.md").Diagnostics.First();

        diagnostic.ToString().ShouldStartWith("docs/evil\\u001B]0;title\\u0007\\u000Aname.md");
        diagnostic.ToString().ShouldNotContain("\n");
    }
}
