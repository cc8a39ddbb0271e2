using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary><c>handofflint lint</c>, run as a process on fixture repositories.</summary>
public sealed class LintCommandTests
{
    private const string Note = "docs/SESSION-HANDOFF.md";

    [Theory]
    [InlineData("text", "lint-text.txt")]
    [InlineData("json", "lint-json.json")]
    [InlineData("sarif", "lint.sarif")]
    [InlineData("github", "lint-github.txt")]
    public void Every_format_matches_its_golden_output(string format, string golden)
    {
        using var repo = RepositoryWith("findings.md");

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", format);

        result.ExitCode.ShouldBe(1, result.ToString());
        result.StdErr.ShouldBeEmpty();
        Golden.Verify(golden, format == "sarif" ? Sarif.Normalize(result.StdOut, repo) : Golden.Normalize(result.StdOut, repo));
    }

    [Fact]
    public void Warnaserror_reports_warnings_as_errors_and_fails()
    {
        using var repo = RepositoryWith("stale.md");

        var plain = CliProcess.Run(repo.Path, "lint", "--no-git");
        var gated = CliProcess.Run(repo.Path, "lint", "--no-git", "--warnaserror");

        plain.ExitCode.ShouldBe(0, plain.ToString());
        plain.StdOut.ShouldContain("warning HL0014");
        gated.ExitCode.ShouldBe(1, gated.ToString());
        Golden.Verify("lint-warnaserror.txt", Golden.Normalize(gated.StdOut, repo));
    }

    [Fact]
    public void A_clean_note_exits_0_and_says_so()
    {
        using var repo = RepositoryWith("clean.md");

        var result = CliProcess.Run(repo.Path, "lint", "--no-git");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldBe("docs/SESSION-HANDOFF.md: no problems found\n");
    }

    [Fact]
    public void Errors_exit_1_and_warnings_alone_exit_0()
    {
        using var repo = RepositoryWith("findings.md");
        repo.Write("stale.md", Fixtures.Text("stale.md"));

        CliProcess.Run(repo.Path, "lint", "--no-git", Note).ExitCode.ShouldBe(1);
        CliProcess.Run(repo.Path, "lint", "--no-git", "stale.md").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Default_path_is_the_note_under_the_repository_root_found_from_a_subfolder()
    {
        using var repo = RepositoryWith("findings.md");
        repo.GitInit();
        var subfolder = repo.CreateFolder("src/app");

        var result = CliProcess.Run(subfolder, "lint", "--no-git", "--format", "json");

        result.ExitCode.ShouldBe(1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var file = json.RootElement.GetProperty("files")[0];
        Golden.Normalize(file.GetProperty("path").GetString()!, repo).ShouldBe("<TEMP>/" + Note);
        file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldContain("HL0021");
    }

    [Fact]
    public void A_missing_default_note_is_reported_as_HL0001_not_as_a_usage_error()
    {
        using var repo = new TempFolder();
        repo.GitInit();

        var result = CliProcess.Run(repo.Path, "lint", "--no-git");

        result.ExitCode.ShouldNotBe(2, result.ToString());
        result.StdOut.ShouldContain($"{Note}: {(result.ExitCode == 1 ? "error" : "warning")} HL0001:");
    }

    [Fact]
    public void Several_paths_are_linted_in_one_run_with_one_summary()
    {
        using var repo = new TempFolder();
        repo.Write("a.md", Fixtures.Text("clean.md"));
        repo.Write("b.md", Fixtures.Text("stale.md"));

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "a.md", "b.md");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldBe(
            "b.md(4,1): warning HL0014: Last Updated is 2026-10-01, 53 days before today (2026-11-23); Expected: at most 14 days. Rewrite the note, or raise handofflint.max_age_days\n" +
            "2 notes: 0 errors, 1 warning, 0 suggestions\n");
    }

    [Fact]
    public void Sarif_has_the_required_shape()
    {
        using var repo = RepositoryWith("findings.md");
        repo.Write("docs/other.md", "# Notes\n");

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif", Note, "docs/other.md");

        using var sarif = JsonDocument.Parse(result.StdOut);
        var root = sarif.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString()!.ShouldContain("sarif-schema-2.1.0.json");
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("HandoffLint");
        driver.GetProperty("version").GetString().ShouldBe(CliProcess.Version);
        driver.GetProperty("informationUri").GetString()!.ShouldStartWith("https://");
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()!).ToArray();
        ruleIds.ShouldBe(ruleIds.OrderBy(id => id, System.StringComparer.Ordinal).ToArray());
        ruleIds.ShouldContain("HL0001");
        ruleIds.ShouldContain("HL0021");
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            id.ShouldMatch(@"^HL\d{4}$");
            rule.GetProperty("name").GetString()!.ShouldMatch("^[A-Z][A-Za-z0-9]*$");
            rule.GetProperty("shortDescription").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            rule.GetProperty("helpUri").GetString()!.ShouldEndWith("/rules/" + id + ".md");
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note", "none");
        }

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        results.ShouldNotBeEmpty();
        foreach (var finding in results)
        {
            var ruleId = finding.GetProperty("ruleId").GetString()!;
            ruleIds[finding.GetProperty("ruleIndex").GetInt32()].ShouldBe(ruleId);
            finding.GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note");
            finding.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            var physical = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
            physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!.ShouldStartWith("docs/");
            var region = physical.GetProperty("region");
            region.GetProperty("startLine").GetInt32().ShouldBeGreaterThan(0);
            if (!region.TryGetProperty("startColumn", out var startColumn)) continue; // a finding about the whole file: line 1
            startColumn.GetInt32().ShouldBeGreaterThan(0);
            region.GetProperty("endLine").GetInt32().ShouldBeGreaterThanOrEqualTo(region.GetProperty("startLine").GetInt32());
            region.GetProperty("endColumn").GetInt32().ShouldBeGreaterThan(0);
        }

        results.Select(r => r.GetProperty("ruleId").GetString()).ShouldContain("HL0021");
        results.Single(r => r.GetProperty("ruleId").GetString() == "HL0021").GetProperty("level").GetString().ShouldBe("error");
        results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .Distinct().ShouldBe(new[] { Note, "docs/other.md" }, ignoreOrder: true);
    }

    [Fact]
    public void Github_format_writes_one_workflow_command_per_finding_relative_to_the_repository_root()
    {
        using var repo = RepositoryWith("findings.md");
        repo.GitInit();
        var subfolder = repo.CreateFolder("src");

        var result = CliProcess.Run(subfolder, "lint", "--no-git", "--format", "github");

        var lines = result.StdOut.TrimEnd('\n').Split('\n');
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(line => Regex.IsMatch(line, @"^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+,endLine=\d+(,endColumn=\d+)?)?,title=HL\d{4}::.+$"));
        lines.ShouldContain(line => line.StartsWith("::error file=docs/SESSION-HANDOFF.md,line=20,col=24,endLine=20,endColumn=52,title=HL0021::"));
        // Files the repository-level rules point at are named from the root too, not from the current folder.
        lines.Where(line => line.Contains("title=HL004")).ShouldAllBe(line => line.StartsWith("::warning file=CLAUDE.md,") || line.StartsWith("::warning file=.claude/"));
    }

    [Fact]
    public void Json_counts_agree_with_the_findings()
    {
        using var repo = RepositoryWith("findings.md");

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "-f", "json");

        using var json = JsonDocument.Parse(result.StdOut);
        var file = json.RootElement.GetProperty("files")[0];
        var severities = file.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToArray();
        file.GetProperty("errors").GetInt32().ShouldBe(severities.Count(s => s == "error"));
        file.GetProperty("warnings").GetInt32().ShouldBe(severities.Count(s => s == "warning"));
        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(file.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Base_and_working_tree_reach_the_git_rules()
    {
        using var repo = RepositoryWith("clean.md");
        repo.GitInit();
        repo.Git("add", ".");
        repo.Git("commit", "-q", "-m", "note");

        var result = CliProcess.Run(repo.Path, "lint", "--base", "no-such-branch", "--working-tree");

        result.ExitCode.ShouldNotBe(2, result.ToString());
        // The gate was asked for; with a base that does not exist, the git rules say so rather than judging.
        result.StdOut.ShouldContain("no-such-branch");
    }

    [Fact]
    public void No_git_turns_the_git_rules_off()
    {
        using var repo = RepositoryWith("clean.md");

        var withGit = CliProcess.Run(repo.Path, "lint");
        var withoutGit = CliProcess.Run(repo.Path, "lint", "--no-git");

        withGit.StdOut.ShouldContain("HL003");
        withoutGit.StdOut.ShouldNotContain("HL003");
    }

    private static TempFolder RepositoryWith(string fixture)
    {
        var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text(fixture));
        return repo;
    }
}
