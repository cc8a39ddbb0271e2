using System.IO;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// Bad input ends in exit code 2 and exactly one line on standard error that says what is wrong: no stack trace, no help
/// dump, nothing written.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("lint", "nothere.md")]
    [InlineData("fix", "nothere.md")]
    public void A_missing_path_is_one_line_and_exit_2(string command, string path)
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, command, path);

        ShouldBeOneLineFailure(result, $"handofflint: error: '{path}' does not exist");
    }

    [Fact]
    public void Fix_without_a_note_says_how_to_make_one()
    {
        using var folder = new TempFolder();
        folder.GitInit();

        var result = CliProcess.Run(folder.Path, "fix");

        ShouldBeOneLineFailure(result, "handofflint: error: there is no note at 'docs/SESSION-HANDOFF.md' to fix; 'handofflint init' creates one");
    }

    [Theory]
    [InlineData("fix")] // lint takes a folder: every note below it (LintInputsTests)
    public void A_folder_where_a_file_is_expected_is_one_line_and_exit_2(string command)
    {
        using var folder = new TempFolder();
        folder.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));

        var result = CliProcess.Run(folder.Path, command, "docs");

        ShouldBeOneLineFailure(result, "handofflint: error: 'docs' is a folder; did you mean docs/SESSION-HANDOFF.md?");
    }

    [Fact]
    public void A_folder_at_the_default_note_path_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        folder.GitInit();
        folder.CreateFolder("docs/SESSION-HANDOFF.md");

        var result = CliProcess.Run(folder.Path, "lint");

        ShouldBeOneLineFailure(result, "handofflint: error: 'docs/SESSION-HANDOFF.md' is a folder; give the path of the note file (by default docs/SESSION-HANDOFF.md)");
    }

    [PermissionFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_file_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        var note = folder.Write("note.md", Fixtures.Text("clean.md"));
        File.SetUnixFileMode(note, UnixFileMode.None);

        foreach (var command in new[] { "lint", "fix" })
        {
            var result = CliProcess.Run(new CliRun(folder.Path, new[] { command, "note.md" }) { AsUnprivilegedUser = true });

            ShouldBeOneLineFailure(result, "handofflint: error: cannot read 'note.md': permission denied");
        }
    }

    [Theory]
    [InlineData("lint --bogus", "handofflint: error: unknown option '--bogus'; see --help for the options")]
    [InlineData("fix --bogus", "handofflint: error: unknown option '--bogus'; see --help for the options")]
    [InlineData("init --bogus", "handofflint: error: Unrecognized command or argument '--bogus'. Run 'handofflint init --help' for usage.")]
    [InlineData("summary . --bogus", "handofflint: error: unknown option '--bogus'; see --help for the options")]
    [InlineData("lint --format xml", "handofflint: error: --format must be one of text, json, sarif, github; Actual: 'xml'. Run 'handofflint lint --help' for usage.")]
    [InlineData("summary . --format csv", "handofflint: error: --format must be one of table, markdown, json, context; Actual: 'csv'. Run 'handofflint summary --help' for usage.")]
    [InlineData("summary . --depth -1", "handofflint: error: --depth must be a whole number, 0 or more; Actual: '-1'. Run 'handofflint summary --help' for usage.")]
    [InlineData("summary . --depth many", "handofflint: error: --depth must be a whole number, 0 or more; Actual: 'many'. Run 'handofflint summary --help' for usage.")]
    [InlineData("frobnicate", "handofflint: error: Unrecognized command or argument 'frobnicate'. Run 'handofflint --help' for usage.")]
    public void Unknown_options_and_bad_values_are_one_line_and_exit_2(string arguments, string expected)
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, arguments.Split(' '));

        ShouldBeOneLineFailure(result, expected);
    }

    [Fact]
    public void A_summary_folder_that_does_not_exist_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();

        ShouldBeOneLineFailure(CliProcess.Run(folder.Path, "summary", "projects"), "handofflint: error: 'projects' does not exist");
    }

    [Fact]
    public void A_bad_HANDOFFLINT_TODAY_is_one_line_and_exit_2()
    {
        using var folder = new TempFolder();
        folder.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));

        var result = CliProcess.Run(new CliRun(folder.Path, new[] { "lint" }) { Environment = new System.Collections.Generic.Dictionary<string, string?> { ["HANDOFFLINT_TODAY"] = "23/11/2026" } });

        ShouldBeOneLineFailure(result, "handofflint: error: HANDOFFLINT_TODAY must be a date written YYYY-MM-DD; Actual: '23/11/2026'");
    }

    internal static void ShouldBeOneLineFailure(CliResult result, string expectedLine)
    {
        result.ExitCode.ShouldBe(2, result.ToString());
        result.StdOut.ShouldBeEmpty(result.ToString());
        result.ErrorLines.ShouldBe(new[] { expectedLine }, result.ToString());
    }
}
