using System;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Diagnostics;

namespace HandoffLint.Tests;

/// <summary>Whatever lies at the note's path, the library answers with diagnostics, never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly HandoffLinter Linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private readonly string _folder = Directory.CreateTempSubdirectory("handofflint-bad-input-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Missing_file_is_one_diagnostic_at_the_expected_path()
    {
        var result = Lint(Path.Combine(_folder, "docs", "SESSION-HANDOFF.md"));

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe(RuleIds.HandoffMissing);
        diagnostic.Location.IsWholeFile.ShouldBeTrue();
        diagnostic.Message.ShouldContain("SESSION-HANDOFF.md");
    }

    [Fact]
    public void Folder_where_the_note_should_be_is_one_clear_error()
    {
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        Directory.CreateDirectory(path);

        var diagnostic = Lint(path).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.HandoffUnreadable);
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Message.ShouldBe("The handoff note cannot be read: it is a folder, not a file");
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x20, 0x48, 0x00, 0x69 }, "NUL byte at offset 3")]
    [InlineData(new byte[] { 0x23, 0x20, 0xC3, 0x28 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x23, 0x00 }, "UTF-16")]
    public void Binary_or_undecodable_content_is_one_clear_error(byte[] bytes, string reason)
    {
        var path = Write(bytes);

        var diagnostic = Lint(path).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.HandoffUnreadable);
        diagnostic.Message.ShouldContain(reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    [InlineData("\r\n\r\n")]
    public void Empty_or_blank_note_is_one_finding_naming_every_missing_section_at_line_one(string text)
    {
        var result = Lint(Write(Encoding.UTF8.GetBytes(text)));

        var finding = result.Diagnostics.ShouldHaveSingleItem();
        finding.Id.ShouldBe(RuleIds.FarFromSchema);
        finding.Location.Line.ShouldBe(1);
        finding.Message.ShouldContain("missing: Last Updated, Current State, What Was Done This Session, What Failed, What's Next, Key Decisions");
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    public void Positions_stay_right_with_a_byte_order_mark_and_any_line_ending(string newLine, bool bom)
    {
        var lines = new[] { "# Handoff", "", "## Last Updated", "2026-02-30 (Session 3)", "", "## What's Next", "- P1: typo" };
        var bytes = Encoding.UTF8.GetBytes(string.Join(newLine, lines) + newLine);
        if (bom) bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();

        var result = Lint(Write(bytes));

        var invalidDate = result.Diagnostics.Single(d => d.Id == RuleIds.StampDateInvalid).Location;
        (invalidDate.Line, invalidDate.Column, invalidDate.EndColumn).ShouldBe((4, 1, 11));
        var tag = result.Diagnostics.Single(d => d.Id == RuleIds.NextStepPriorityUnknown).Location;
        (tag.Line, tag.Column).ShouldBe((7, 3));
        result.Document!.Source.HasByteOrderMark.ShouldBe(bom);
    }

    [Fact]
    public void Mixed_line_endings_keep_every_line_number()
    {
        var text = "# Handoff\r\n## Last Updated\n2026-02-30 (Session 3)\r\n\r## What's Next\n- P1: typo\n";

        var result = Lint(Write(Encoding.UTF8.GetBytes(text)));

        result.Diagnostics.Single(d => d.Id == RuleIds.StampDateInvalid).Location.Line.ShouldBe(3);
        result.Diagnostics.Single(d => d.Id == RuleIds.NextStepPriorityUnknown).Location.Line.ShouldBe(6);
    }

    [Fact]
    public void A_note_just_under_the_20_MB_read_cap_is_linted_and_reported_as_too_large()
    {
        var builder = new StringBuilder("# Handoff\n\n## Last Updated\n2026-11-22 (Session 4)\n\n## Current State\n");
        while (builder.Length < 20 * 1000 * 1000) builder.Append("- Another line of state that goes on and on, as appended notes do.\n");

        var result = Lint(Write(Encoding.UTF8.GetBytes(builder.ToString())));

        var tooLarge = result.Diagnostics.Single(d => d.Id == RuleIds.HandoffTooLarge);
        tooLarge.Message.ShouldStartWith("The note has 20,000,");
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("1. ")]
    public void Ten_thousand_levels_of_nesting_are_one_clear_error(string marker)
    {
        var builder = new StringBuilder("## Last Updated\n2026-11-22 (Session 4)\n\n## What's Next\n");
        for (var i = 0; i < 10_000; i++) builder.Append(marker);
        builder.Append("[P0] deep\n");

        var diagnostic = Lint(Write(Encoding.UTF8.GetBytes(builder.ToString()))).Diagnostics.ShouldHaveSingleItem();

        diagnostic.Id.ShouldBe(RuleIds.HandoffUnreadable);
        diagnostic.Message.ShouldContain("nests deeper than the parser's depth limit");
    }

    [Fact]
    public void Deep_but_sensible_nesting_and_huge_indentation_are_linted_normally()
    {
        var builder = new StringBuilder("## Last Updated\n2026-11-22 (Session 4)\n\n## What's Next\n- [P0] top\n");
        for (var depth = 1; depth < 40; depth++) builder.Append(new string(' ', depth * 2)).Append("- nested\n");
        builder.Append(new string(' ', 10_000)).Append("- indented ten thousand spaces\n");

        var result = Lint(Write(Encoding.UTF8.GetBytes(builder.ToString())));

        result.Document.ShouldNotBeNull();
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError || d.Id == RuleIds.HandoffUnreadable);
    }

    [Fact]
    public void A_rule_that_throws_becomes_a_diagnostic_and_the_other_rules_still_run()
    {
        // No front end lets the tag list be null; here it makes the priority rules fail, and the linter must contain that.
        var request = new LintRequest("docs/SESSION-HANDOFF.md")
        {
            Text = "## What's Next\n- [P0] x\n",
            UseEditorConfig = false,
            RepositoryRoot = string.Empty,
            Configure = o => o.PriorityTags = null!,
        };

        var result = Linter.Lint(request);

        var failures = result.Diagnostics.Where(d => d.Id == RuleIds.InternalError).ToList();
        failures.ShouldNotBeEmpty();
        failures.ShouldAllBe(d => d.Message.Contains("NullReferenceException") && d.Message.Contains("rule HL00"));
        result.Diagnostics.Count(d => d.Id == RuleIds.FarFromSchema).ShouldBe(1);
    }

    [Fact]
    public void Options_that_cannot_even_be_copied_give_one_diagnostic_not_an_exception()
    {
        var result = Linter.LintText("## What's Next\n", "docs/SESSION-HANDOFF.md", new HandoffLint.Configuration.HandoffLintOptions { PriorityTags = null! });

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe(RuleIds.InternalError);
    }

    private LintResult Lint(string path) =>
        Linter.Lint(new LintRequest(path) { UseEditorConfig = false, RepositoryRoot = string.Empty, Configure = o => o.GitRulesEnabled = false });

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
