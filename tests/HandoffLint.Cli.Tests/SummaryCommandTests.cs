using System.IO;
using System.Linq;
using System.Text.Json;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary><c>handofflint summary</c>: one row per project, most urgent first, in every format.</summary>
public sealed class SummaryCommandTests
{
    [Theory]
    [InlineData("table", "summary-table.txt")]
    [InlineData("markdown", "summary-markdown.md")]
    [InlineData("json", "summary-json.json")]
    public void Every_format_matches_its_golden_output(string format, string golden)
    {
        using var tree = ProjectsTree();

        var result = CliProcess.Run(tree.Path, "summary", "projects", "--format", format);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldBeEmpty();
        Golden.Verify(golden, Golden.Normalize(result.StdOut, tree));
    }

    [Fact]
    public void Skips_dependency_and_build_folders_and_respects_the_depth_limit()
    {
        using var tree = ProjectsTree();
        tree.Write("projects/node_modules/pkg/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        tree.Write("projects/alpha/bin/copy/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        tree.Write("projects/alpha/obj/copy/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        tree.Write("projects/alpha/.git/copy/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        tree.Write("projects/deep/a/b/c/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));

        Projects(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json")).ShouldBe(new[] { "projects/group/beta", "projects/gamma", "projects/alpha" });
        Projects(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json", "--depth", "4")).ShouldContain("projects/deep/a/b/c");
        Projects(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json", "--depth", "1")).ShouldBe(new[] { "projects/gamma", "projects/alpha" });
        Projects(CliProcess.Run(tree.Path, "summary", "projects/alpha", "-f", "json", "--depth", "0")).ShouldBe(new[] { "projects/alpha" });
    }

    [Fact]
    public void Survives_a_symbolic_link_loop_and_lists_each_project_once()
    {
        using var tree = ProjectsTree();
        Directory.CreateSymbolicLink(tree["projects/group/loop"], "..");
        Directory.CreateSymbolicLink(tree["projects/self"], ".");
        Directory.CreateSymbolicLink(tree["projects/alpha-again"], tree["projects/alpha"]);

        var result = CliProcess.Run(tree.Path, "summary", "projects", "-f", "json", "--depth", "10");

        result.ExitCode.ShouldBe(0, result.ToString());
        Projects(result).OrderBy(p => p, System.StringComparer.Ordinal).ShouldBe(new[] { "projects/alpha", "projects/gamma", "projects/group/beta" });
    }

    [Fact]
    public void A_linked_project_outside_the_tree_is_found_through_its_link()
    {
        using var tree = ProjectsTree();
        tree.Write("elsewhere/delta/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        Directory.CreateSymbolicLink(tree["projects/delta"], tree["elsewhere/delta"]);

        Projects(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json")).ShouldContain("projects/delta");
    }

    [PermissionFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Steps_over_an_unreadable_folder_with_a_warning()
    {
        using var tree = ProjectsTree();
        tree.Write("projects/locked/secret/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        File.SetUnixFileMode(tree["projects/locked"], UnixFileMode.None);

        var result = CliProcess.Run(new CliRun(tree.Path, new[] { "summary", "projects", "-f", "json" }) { AsUnprivilegedUser = true });

        result.ExitCode.ShouldBe(0, result.ToString());
        result.ErrorLines.ShouldBe(new[] { "handofflint: skipped 'projects/locked': permission denied" });
        Projects(result).ShouldBe(new[] { "projects/group/beta", "projects/gamma", "projects/alpha" });
        using var json = JsonDocument.Parse(result.StdOut);
        json.RootElement.GetProperty("skipped")[0].GetProperty("path").GetString().ShouldBe("projects/locked");
    }

    [Fact]
    public void No_projects_is_not_an_error_but_says_where_it_looked()
    {
        using var tree = new TempFolder();
        tree.CreateFolder("empty");

        var result = CliProcess.Run(tree.Path, "summary", "empty");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.ErrorLines.ShouldBe(new[] { "handofflint: no notes found: looked for docs/SESSION-HANDOFF.md up to 3 level(s) below empty" });
    }

    [Fact]
    public void The_rows_agree_with_lint_without_git()
    {
        using var tree = ProjectsTree();

        var summary = JsonDocument.Parse(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json").StdOut);
        var beta = summary.RootElement.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("project").GetString() == "projects/group/beta");
        var lint = JsonDocument.Parse(CliProcess.Run(tree["projects/group/beta"], "lint", "--no-git", "-f", "json").StdOut).RootElement.GetProperty("summary");

        beta.GetProperty("errors").GetInt32().ShouldBe(lint.GetProperty("errors").GetInt32());
        beta.GetProperty("warnings").GetInt32().ShouldBe(lint.GetProperty("warnings").GetInt32());
    }

    /// <summary>
    /// Three projects and a folder without a note: alpha 53 days old, beta 21 days old with an error and its [P0] item after
    /// a [P1], gamma with no date at all. Most urgent first puts beta (an error), then gamma (an unknown date counts as the stalest), alpha.
    /// </summary>
    private static TempFolder ProjectsTree()
    {
        var tree = new TempFolder();
        tree.Write("projects/alpha/docs/SESSION-HANDOFF.md", Fixtures.Text("stale.md"));
        tree.Write("projects/group/beta/docs/SESSION-HANDOFF.md", Fixtures.Text("findings.md"));
        tree.Write("projects/gamma/docs/SESSION-HANDOFF.md", "## Last Updated: Session 47\n\n## What's Next\n1. [P0] Fix trailing stop | calibration\n2. [P1] Add a page\n");
        tree.Write("projects/no-note/README.md", "# Not a project with a note\n");
        return tree;
    }

    private static string[] Projects(CliResult result)
    {
        result.ExitCode.ShouldBe(0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("project").GetString()!).ToArray();
    }
}
