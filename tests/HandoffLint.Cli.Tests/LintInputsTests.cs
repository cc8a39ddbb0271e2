using System.IO;
using System.Linq;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// What <c>lint</c> takes and gives besides one path, as markdownlint-cli2 users expect: folders, quoted globs, standard
/// input, <c>--output</c> and <c>--max-warnings</c>.
/// </summary>
public sealed class LintInputsTests
{
    private const string Note = "docs/SESSION-HANDOFF.md";

    [Fact]
    public void A_folder_stands_for_every_note_below_it_as_in_a_monorepo()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write(Note, Fixtures.Text("clean.md"));
        repo.Write("services/billing/SESSION-HANDOFF.md", Fixtures.Text("stale.md"));
        repo.Write($"services/search/{Note}", Fixtures.Text("stale.md"));
        repo.Write($"node_modules/some-package/{Note}", Fixtures.Text("findings.md")); // never a project's note
        repo.Write("services/search/docs/notes.md", Fixtures.Text("findings.md"));     // not named like a note

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "json", ".");

        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.StdOut);
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString())
            .ShouldBe(new[] { Note, "services/billing/SESSION-HANDOFF.md", $"services/search/{Note}" });
    }

    [Fact]
    public void A_folder_with_no_note_reports_its_own_note_missing()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.CreateFolder("service");

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "service");

        result.ExitCode.ShouldNotBe(2, result.ToString());
        result.StdOut.ShouldContain($"service/{Note}: warning HL0001:");
    }

    [Fact]
    public void A_quoted_glob_is_expanded_by_the_tool_and_anchored_like_a_shell_glob()
    {
        using var repo = new TempFolder();
        repo.Write("docs/a.md", Fixtures.Text("stale.md"));
        repo.Write("docs/deep/b.md", Fixtures.Text("stale.md"));
        repo.Write("other/c.md", Fixtures.Text("stale.md"));
        repo.Write("top.md", Fixtures.Text("stale.md"));

        var recursive = CliProcess.Run(repo.Path, "lint", "--no-git", "docs/**/*.md");
        var here = CliProcess.Run(repo.Path, "lint", "--no-git", "*.md");

        Files(recursive).ShouldBe(new[] { "docs/a.md", "docs/deep/b.md" });
        Files(here).ShouldBe(new[] { "top.md" });
        recursive.StdOut.ShouldEndWith("2 notes: 0 errors, 2 warnings, 0 suggestions\n");
    }

    [Fact]
    public void A_glob_that_matches_nothing_is_one_error_line()
    {
        using var repo = new TempFolder();

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "docs/**/*.md");

        result.ExitCode.ShouldBe(2);
        result.StdOut.ShouldBeEmpty();
        result.ErrorLines.ShouldBe(new[] { "handofflint: error: 'docs/**/*.md' matches no file" });
    }

    [Fact]
    public void A_note_named_twice_is_linted_once()
    {
        using var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text("stale.md"));

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", Note, ".", "docs/*.md");

        result.StdOut.ShouldBe(
            "docs/SESSION-HANDOFF.md(4,1): warning HL0014: Last Updated is 2026-10-01, 53 days before today (2026-11-23); Expected: at most 14 days. Rewrite the note, or raise handofflint.max_age_days\n" +
            "docs/SESSION-HANDOFF.md: 0 errors, 1 warning, 0 suggestions\n");
    }

    [Fact]
    public void Standard_input_is_linted_as_the_note_at_the_stdin_path_with_its_editorconfig()
    {
        using var repo = new TempFolder();
        repo.Write("services/api/.editorconfig", "root = true\n[*.md]\nhandofflint.max_age_days = 100\n");
        repo.Write(Note, Fixtures.Text("clean.md"));

        var asApi = CliProcess.Run(new CliRun(repo.Path, new[] { "lint", "--no-git", "-", "--stdin-path", $"services/api/{Note}" }) { StandardInput = Fixtures.Text("stale.md") });
        var asDefault = CliProcess.Run(new CliRun(repo.Path, new[] { "lint", "--no-git", "-" }) { StandardInput = Fixtures.Text("stale.md") });

        asApi.ExitCode.ShouldBe(0, asApi.ToString());
        asApi.StdOut.ShouldBe($"services/api/{Note}: no problems found\n"); // 53 days old, within that folder's 100
        asDefault.StdOut.ShouldStartWith($"{Note}(4,1): warning HL0014:");   // the repository's note, with the default 14 days
        repo.Read(Note).ShouldBe(Fixtures.Text("clean.md"));                // read from standard input, not from disk
    }

    [Fact]
    public void Standard_input_misnamed_is_one_error_line()
    {
        using var repo = new TempFolder();

        var twice = CliProcess.Run(new CliRun(repo.Path, new[] { "lint", "-", "-" }) { StandardInput = "x" });
        var orphanPath = CliProcess.Run(repo.Path, "lint", "--stdin-path", Note);

        twice.ExitCode.ShouldBe(2);
        twice.ErrorLines.ShouldBe(new[] { "handofflint: error: '-' (standard input) can be given only once" });
        orphanPath.ExitCode.ShouldBe(2);
        orphanPath.ErrorLines.ShouldBe(new[] { "handofflint: error: --stdin-path names the note read from standard input; add '-' to read it" });
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Output_writes_any_format_to_a_file_and_nothing_to_standard_output(string format)
    {
        using var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text("findings.md"));

        repo.CreateFolder("reports");

        var printed = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", format);
        var written = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", format, "--output", "reports/handofflint.out");

        written.ExitCode.ShouldBe(printed.ExitCode);
        written.StdOut.ShouldBeEmpty();
        repo.Read("reports/handofflint.out").ShouldBe(printed.StdOut);
    }

    [Fact]
    public void Output_makes_a_missing_folder_and_a_folder_in_the_files_place_is_one_error_line()
    {
        using var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text("clean.md"));
        repo.CreateFolder("taken.sarif");

        var made = CliProcess.Run(repo.Path, "lint", "--no-git", "--output", "reports/CodeAnalysisLogs/out.txt");
        var folder = CliProcess.Run(repo.Path, "lint", "--no-git", "--output", "taken.sarif");

        made.ExitCode.ShouldBe(0, made.ToString());
        repo.Read("reports/CodeAnalysisLogs/out.txt").ShouldBe("docs/SESSION-HANDOFF.md: no problems found\n");
        folder.ExitCode.ShouldBe(2);
        folder.ErrorLines.ShouldBe(new[] { "handofflint: error: --output 'taken.sarif' is a folder; give a file name" });
    }

    [Fact]
    public void Max_warnings_fails_only_above_the_limit_and_says_why()
    {
        using var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text("stale.md")); // one warning

        var atLimit = CliProcess.Run(repo.Path, "lint", "--no-git", "--max-warnings", "1");
        var above = CliProcess.Run(repo.Path, "lint", "--no-git", "--max-warnings", "0");
        var negative = CliProcess.Run(repo.Path, "lint", "--no-git", "--max-warnings", "-2");

        atLimit.ExitCode.ShouldBe(0, atLimit.ToString());
        above.ExitCode.ShouldBe(1, above.ToString());
        above.StdOut.ShouldBe(atLimit.StdOut);
        above.ErrorLines.ShouldBe(new[] { "handofflint: 1 warning, more than --max-warnings 0 allows" });
        negative.ExitCode.ShouldBe(2);
    }

    private static string[] Files(CliResult result) =>
        result.StdOut.Split('\n').Where(l => l.Contains("warning HL")).Select(l => l.Substring(0, l.IndexOf('('))).ToArray();
}
