using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// <c>lint --format sarif</c> as GitHub code scanning takes it: valid against the official SARIF 2.1.0 schema, every rule
/// described from its page, a region and a stable fingerprint on every result, and one location per note.
/// </summary>
public sealed class SarifTests
{
    private const string Note = "docs/SESSION-HANDOFF.md";

    public static TheoryData<string> GoldenSarifFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Golden.ProjectFolder, "Golden"), "*.sarif").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldenSarifFiles))]
    public void Every_golden_sarif_file_is_valid_against_the_official_schema(string golden)
    {
        Sarif.SchemaErrors(File.ReadAllText(Path.Combine(Golden.ProjectFolder, "Golden", golden))).ShouldBeEmpty();
    }

    [Fact]
    public void There_are_golden_sarif_files_to_validate()
    {
        GoldenSarifFiles().Count.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void The_live_output_with_every_rule_is_valid_against_the_official_schema()
    {
        using var repo = RepositoryWith("findings.md");
        repo.GitInit();

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif");

        result.StdErr.ShouldBeEmpty();
        Sarif.SchemaErrors(result.StdOut).ShouldBeEmpty();
    }

    [Fact]
    public void The_schema_check_rejects_what_the_schema_forbids()
    {
        // The validator really validates: a result without a message and a level SARIF does not have are both caught.
        using var repo = RepositoryWith("findings.md");
        var sarif = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif").StdOut;

        var broken = sarif.Replace("\"level\": \"warning\"", "\"level\": \"loud\"");

        Sarif.SchemaErrors(broken).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_vendored_schema_uses_no_keyword_whose_meaning_changed_after_draft_04()
    {
        // Schemas/README.md: the draft-04 schema is evaluated as draft-07, which is sound only while this holds.
        var text = File.ReadAllText(Sarif.SchemaPath);
        text.ShouldContain("\"$schema\": \"http://json-schema.org/draft-04/schema#\"");
        text.ShouldNotContain("exclusiveMinimum");
        text.ShouldNotContain("exclusiveMaximum");
        using var schema = JsonDocument.Parse(text);
        schema.RootElement.GetProperty("id").GetString().ShouldBe("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    }

    [Fact]
    public void Every_rule_is_described_from_its_page()
    {
        using var repo = RepositoryWith("clean.md");

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.StdOut);
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var pages = Directory.GetFiles(Path.Combine(Golden.RepositoryRoot, "rules"), "HL*.md");
        rules.Length.ShouldBe(pages.Length);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            var page = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "rules", id + ".md")).Replace("\r\n", "\n");
            var title = page.Split('\n')[0];
            title.ShouldBe($"# {id} - {rule.GetProperty("shortDescription").GetProperty("text").GetString()}");

            var help = rule.GetProperty("help");
            help.GetProperty("markdown").GetString().ShouldBe(page.Substring(title.Length).Trim('\n') + "\n", $"{id}: help.markdown is the page without its title");
            var fullDescription = rule.GetProperty("fullDescription").GetProperty("text").GetString()!;
            fullDescription.ShouldBe(FirstParagraphOf(page, "## Why it matters"), $"{id}: fullDescription");
            var helpText = help.GetProperty("text").GetString()!;
            helpText.ShouldStartWith(fullDescription);
            helpText.ShouldContain(FirstParagraphOf(page, "## How to fix"));
            helpText.ShouldEndWith("Documentation: " + rule.GetProperty("helpUri").GetString());
            rule.GetProperty("helpUri").GetString()!.ShouldEndWith($"/rules/{id}.md");
            rule.GetProperty("properties").GetProperty("category").GetString().ShouldBe(Regex.Match(page, @"^- Category: (\w+)$", RegexOptions.Multiline).Groups[1].Value);
            var severity = Regex.Match(page, @"^- Severity: (\w+)", RegexOptions.Multiline).Groups[1].Value;
            rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().ShouldBe(severity == "suggestion" ? "note" : severity, $"{id}: default level");
        }
    }

    [Fact]
    public void Every_result_has_a_region_a_root_and_a_fingerprint()
    {
        using var repo = RepositoryWith("findings.md");
        repo.GitInit();

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif");

        using var sarif = JsonDocument.Parse(result.StdOut);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        results.Select(r => r.GetProperty("ruleId").GetString()).ShouldContain("HL0040"); // no CLAUDE.md: a finding about a whole file
        foreach (var finding in results)
        {
            var physical = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
            physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBeGreaterThan(0);
            var baseId = physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString()!;
            run.GetProperty("originalUriBaseIds").GetProperty(baseId).GetProperty("uri").GetString().ShouldBe(new Uri(repo.Path + "/").AbsoluteUri);
            finding.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!.ShouldMatch("^[0-9a-f]{16}:[0-9]+$");
        }

        results.Select(r => r.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()).ShouldBeUnique();
    }

    [Fact]
    public void A_finding_about_the_whole_file_is_shown_at_line_1()
    {
        using var repo = new TempFolder();
        repo.GitInit();

        var result = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif");

        Golden.Verify("lint-missing-note.sarif", Sarif.Normalize(result.StdOut, repo));
        using var sarif = JsonDocument.Parse(result.StdOut);
        var missing = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "HL0001");
        var physical = missing.GetProperty("locations")[0].GetProperty("physicalLocation");
        physical.GetProperty("artifactLocation").GetProperty("uri").GetString().ShouldBe(Note);
        physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().ShouldBe("%SRCROOT%");
        physical.GetProperty("region").GetRawText().ShouldBe("{\n                  \"startLine\": 1\n                }");
    }

    [Fact]
    public void Fingerprints_stay_the_same_when_an_unrelated_line_moves()
    {
        using var repo = RepositoryWith("findings.md");
        var before = Findings(CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif").StdOut);

        // Unrelated edits above the findings: a longer Current State, and two Key Decisions that swap places.
        var note = repo.Read(Note);
        const string FirstDecision = "- Exports run on the queue worker, not in the web process.\n";
        note = note.Replace(FirstDecision, string.Empty).TrimEnd('\n') + "\n" + FirstDecision;
        repo.Write(Note, note.Replace("## Current State\n", "## Current State\nA new first line of the current state.\n\nAnd a second paragraph.\n"));
        var after = Findings(CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif").StdOut);

        after.Count.ShouldBe(before.Count);
        foreach (var finding in before)
        {
            var moved = after.Single(f => f.Fingerprint == finding.Fingerprint);
            moved.RuleId.ShouldBe(finding.RuleId);
            // Line 6 is Current State's heading: everything below it moved down, the fingerprint stayed.
            if (finding.Line > 6) moved.Line.ShouldBeGreaterThan(finding.Line, $"{finding.RuleId} moved down");
            else moved.Line.ShouldBe(finding.Line);
        }

        after.Select(f => f.Fingerprint).OrderBy(f => f).ShouldBe(before.Select(f => f.Fingerprint).OrderBy(f => f));
    }

    [Fact]
    public void A_fingerprint_changes_when_its_own_line_changes_and_only_that_one()
    {
        using var repo = RepositoryWith("findings.md");
        var before = Findings(CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif").StdOut);

        repo.Write(Note, repo.Read(Note).Replace("- [P3] Tidy the logging", "- [P3] Tidy the logging and the metrics"));
        var after = Findings(CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "sarif").StdOut);

        var changed = after.Where(f => !before.Any(b => b.Fingerprint == f.Fingerprint)).ToList();
        changed.Count.ShouldBe(1);
        changed[0].RuleId.ShouldBe("HL0017");
        changed[0].Line.ShouldBe(16);
    }

    [Fact]
    public void Notes_of_two_repositories_linted_together_get_a_location_each()
    {
        using var workspace = new TempFolder();
        foreach (var name in new[] { "api", "web" })
        {
            workspace.Write($"{name}/{Note}", Fixtures.Text("stale.md"));
            workspace.Git("-C", name, "init", "-q", "-b", "main");
        }

        var result = CliProcess.Run(workspace.Path, "lint", "--no-git", "--format", "sarif", $"api/{Note}", $"web/{Note}");

        Golden.Verify("lint-two-repositories.sarif", Sarif.Normalize(result.StdOut, workspace));
        using var sarif = JsonDocument.Parse(result.StdOut);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var resolved = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "HL0014")
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(a => new Uri(new Uri(run.GetProperty("originalUriBaseIds").GetProperty(a.GetProperty("uriBaseId").GetString()!).GetProperty("uri").GetString()!), a.GetProperty("uri").GetString()).LocalPath)
            .ToArray();
        resolved.ShouldBe(new[] { workspace[$"api/{Note}"], workspace[$"web/{Note}"] });
    }

    [Fact]
    public void Notes_of_one_monorepo_are_named_from_its_root()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write($"services/billing/{Note}", Fixtures.Text("stale.md"));
        repo.Write($"services/search/{Note}", Fixtures.Text("stale.md"));
        var subfolder = repo.CreateFolder("services/search");

        var result = CliProcess.Run(subfolder, "lint", "--no-git", "--format", "sarif", $"../billing/{Note}", Note);

        using var sarif = JsonDocument.Parse(result.StdOut);
        var locations = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "HL0014")
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation"))
            .Select(a => a.GetProperty("uriBaseId").GetString() + " " + a.GetProperty("uri").GetString())
            .ToArray();
        locations.ShouldBe(new[] { $"%SRCROOT% services/billing/{Note}", $"%SRCROOT% services/search/{Note}" });
    }

    private static List<(string RuleId, int Line, string Fingerprint)> Findings(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (
                r.GetProperty("ruleId").GetString()!,
                r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                r.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!))
            .ToList();
    }

    private static string FirstParagraphOf(string page, string heading)
    {
        var after = page.Substring(page.IndexOf("\n" + heading + "\n", StringComparison.Ordinal) + heading.Length + 2).TrimStart('\n');
        return string.Join(" ", after.Substring(0, after.IndexOf("\n\n", StringComparison.Ordinal)).Split('\n').Select(l => l.Trim()));
    }

    private static TempFolder RepositoryWith(string fixture)
    {
        var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text(fixture));
        return repo;
    }
}
