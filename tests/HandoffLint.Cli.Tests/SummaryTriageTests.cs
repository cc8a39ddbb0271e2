using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// <c>handofflint summary</c> for triage: sessions and stuck P0 work from real git repositories, sorting and filters, the
/// JSON schema document kept true, the coordinator's hook context, and the progress line.
/// </summary>
public sealed class SummaryTriageTests
{
    [Fact]
    public void Sessions_and_stuck_work_come_from_each_project_s_git_history()
    {
        using var tree = TriageTree();

        var projects = ProjectsByName(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json"));

        var shop = projects["projects/shop"];
        shop.GetProperty("recentSessions").GetInt32().ShouldBe(4);
        var stuck = shop.GetProperty("stuck").EnumerateArray().ShouldHaveSingleItem();
        stuck.GetProperty("text").GetString().ShouldBe("Automate refunds through the payment provider's API");
        stuck.GetProperty("versions").GetInt32().ShouldBe(4);
        stuck.GetProperty("sinceDate").GetString().ShouldBe("2026-11-16");
        stuck.GetProperty("days").GetInt32().ShouldBe(7);
        stuck.GetProperty("atLeast").GetBoolean().ShouldBeFalse();
        stuck.GetProperty("sinceCommit").GetString().ShouldBe(tree.Git("-C", "projects/shop", "rev-list", "--max-parents=0", "HEAD").Trim());

        // Two commits of one session's note are one session; the P0 changed every session, so nothing is stuck.
        var blog = projects["projects/blog"];
        blog.GetProperty("recentSessions").GetInt32().ShouldBe(2);
        blog.GetProperty("stuck").GetArrayLength().ShouldBe(0);
        blog.GetProperty("firstP0").GetString().ShouldBe("Publish the second post");

        var loose = projects["projects/loose"];
        loose.GetProperty("recentSessions").ValueKind.ShouldBe(JsonValueKind.Null);
        loose.GetProperty("historyUnavailable").GetString()!.ShouldContain("not inside a git repository");
    }

    [Fact]
    public void The_default_order_puts_errors_then_stuck_work_then_stale_notes_first()
    {
        using var tree = TriageTree();

        Names(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json")).ShouldBe(new[] { "projects/broken", "projects/shop", "projects/loose", "projects/blog" });
        Names(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json", "--sort", "name")).ShouldBe(new[] { "projects/blog", "projects/broken", "projects/loose", "projects/shop" });
        Names(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json", "--sort", "sessions")).ShouldBe(new[] { "projects/shop", "projects/blog", "projects/broken", "projects/loose" });
    }

    [Theory]
    [InlineData("--stuck", "projects/shop")]
    [InlineData("--errors", "projects/broken")]
    [InlineData("--stale", "projects/broken projects/loose")]
    [InlineData("--stale --errors", "projects/broken")]
    [InlineData("--stale --stuck", "")]
    public void Filters_narrow_the_rows_together(string filters, string expected)
    {
        using var tree = TriageTree();

        var result = CliProcess.Run(tree.Path, new[] { "summary", "projects", "-f", "json" }.Concat(filters.Split(' ')).ToArray());

        Names(result).ShouldBe(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(result.StdOut);
        json.RootElement.GetProperty("projectsFound").GetInt32().ShouldBe(4);
        json.RootElement.GetProperty("filters").EnumerateArray().Select(f => "--" + f.GetString()).ShouldBe(filters.Split(' '));
    }

    [Fact]
    public void The_table_and_markdown_show_the_stuck_count_and_the_oldest_stuck_P0()
    {
        using var tree = TriageTree();

        var table = CliProcess.Run(tree.Path, "summary", "projects", "--stuck").StdOut;
        var markdown = CliProcess.Run(tree.Path, "summary", "projects", "--stuck", "-f", "markdown").StdOut;

        table.ShouldContain("1 (7 d)");
        table.ShouldContain("- projects/shop: [P0] Automate refunds through the payment provider's API (7 days, 4 versions since ");
        table.ShouldContain("1 of 4 projects (stuck), most urgent first");
        markdown.ShouldContain("| projects/shop | 2026-11-19 | 15 | 4 | 4 | 0 | ");
        markdown.ShouldContain(" | 1 (7 d) | Automate refunds through the payment provider's API |");
        markdown.ShouldContain("- **projects/shop**: [P0] Automate refunds");
    }

    [Fact]
    public void Every_json_field_is_documented_with_its_type_and_every_documented_field_is_printed()
    {
        using var tree = TriageTree();
        var documented = SchemaDocument.Read(Path.Combine(Golden.RepositoryRoot, "docs", "summary-json.md"));
        using var json = JsonDocument.Parse(CliProcess.Run(tree.Path, "summary", "projects", "-f", "json").StdOut);
        var printed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        Collect(json.RootElement, string.Empty, printed);

        json.RootElement.GetProperty("schemaVersion").GetInt32().ShouldBe(documented.Version);
        foreach (var (field, types) in printed) documented.Types.ShouldContainKey(field, $"'{field}' is printed but not documented in docs/summary-json.md");
        foreach (var (field, types) in printed)
        {
            foreach (var type in types) documented.Types[field].ShouldContain(type, $"'{field}' is printed as {type}");
        }

        // Every documented field is printed, except inside an array the tree leaves empty (nothing is skipped as root).
        foreach (var field in documented.Types.Keys.Where(f => printed.Keys.Any(p => p.StartsWith(f.Substring(0, f.LastIndexOf('.') + 1), StringComparison.Ordinal))))
        {
            printed.ShouldContainKey(field, $"'{field}' is documented but never printed (the test tree should show every field)");
        }
        SchemaDocument.Read(Path.Combine(Golden.RepositoryRoot, "docs", "summary-json.md")).ExampleIsValidJson.ShouldBeTrue();
    }

    [Fact]
    public void The_coordinator_context_fits_the_hook_limit_with_the_most_urgent_first_and_says_what_it_left_out()
    {
        using var tree = TriageTree();
        for (var i = 0; i < 400; i++) tree.Write($"projects/many/p{i:000}/docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));

        var context = CliProcess.Run(tree.Path, "summary", "projects", "-f", "context");
        var hook = CliProcess.Run(tree.Path, "summary", "projects", "--hook", "claude");

        context.ExitCode.ShouldBe(0, context.ToString());
        context.StdOut.Length.ShouldBeLessThan(10_000);
        var lines = context.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("HandoffLint: 404 projects with a handoff note, as of 2026-11-23, most urgent first");
        lines[2].ShouldStartWith("1. projects/broken: 1 error;");
        lines[3].ShouldStartWith("2. projects/shop: 1 stuck P0 item, the oldest 'Automate refunds through the payment provider's API' for 7 days (4 versions of the note since ");
        lines[^1].ShouldStartWith("[HandoffLint left out ");
        lines[^1].ShouldContain("to stay under the 10,000-character hook limit");

        using var answer = JsonDocument.Parse(hook.StdOut);
        var output = answer.RootElement.GetProperty("hookSpecificOutput");
        output.GetProperty("hookEventName").GetString().ShouldBe("SessionStart");
        output.GetProperty("additionalContext").GetString().ShouldBe(context.StdOut);
    }

    [Fact]
    public void A_scan_past_the_progress_threshold_says_so_on_standard_error_and_leaves_the_output_alone()
    {
        using var tree = TriageTree();
        var quiet = CliProcess.Run(tree.Path, "summary", "projects", "-f", "json");

        var slow = CliProcess.Run(new CliRun(tree.Path, new[] { "summary", "projects", "-f", "json" })
        {
            Environment = new Dictionary<string, string?> { ["HANDOFFLINT_PROGRESS_AFTER_MS"] = "0" },
        });

        quiet.StdErr.ShouldBeEmpty();
        slow.StdOut.ShouldBe(quiet.StdOut);
        slow.ErrorLines.ShouldContain(l => l.StartsWith("handofflint: summary read 4 projects in ", StringComparison.Ordinal) && l.EndsWith(" s", StringComparison.Ordinal));
    }

    /// <summary>
    /// Four projects: shop (a git repository, four sessions with the same P0: stuck for 7 days), blog (a git repository,
    /// two sessions, the second committed twice), broken (a git repository whose note has an error) and loose (no repository,
    /// a stale note).
    /// </summary>
    private static TempFolder TriageTree()
    {
        var tree = new TempFolder();
        for (var session = 12; session <= 15; session++)
        {
            Commit(tree, "projects/shop", Note(session, $"2026-11-{session + 4}", "- [P0] Automate refunds through the payment provider's API\n- [P1] Session follow-ups " + session), $"2026-11-{session + 4}T17:00:00Z");
        }

        Commit(tree, "projects/blog", Note(3, "2026-11-20", "- [P0] Write the first post"), "2026-11-20T09:00:00Z");
        Commit(tree, "projects/blog", Note(4, "2026-11-21", "- [P0] Publish the second post"), "2026-11-21T09:00:00Z");
        Commit(tree, "projects/blog", Note(4, "2026-11-21", "- [P0] Publish the second post\n- [P1] Add an RSS feed"), "2026-11-21T11:00:00Z");
        Commit(tree, "projects/broken", Note(9, "2026-09-01", "- [P0] Rotate the key\n\napi_key = \"sk_live_51HxQwErTyUiOpAsDfGhJkLzXcVbNm1234567890abcd\""), "2026-09-01T09:00:00Z");
        tree.Write("projects/loose/docs/SESSION-HANDOFF.md", Note(2, "2026-10-01", "- **P0:** Pick a hosting provider"));
        return tree;
    }

    private static void Commit(TempFolder tree, string project, string note, string date)
    {
        tree.Write(project + "/docs/SESSION-HANDOFF.md", note);
        tree.Write(project + "/src/work.txt", date + "\n");
        if (!tree.Exists(project + "/.git")) tree.Git("init", "-q", "-b", "main", project);
        tree.Git("-C", project, "add", "--all");
        tree.Git("-C", project, "-c", "user.name=Tests", "-c", "user.email=tests@handofflint.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "--date", date, "-m", "Session handoff " + date);
    }

    private static string Note(int session, string date, string whatsNext) =>
        $"# Session Handoff\n\n## Last Updated\n\n{date} (Session {session})\n\n## Current State\n\nCheckout works.\n\n## What Was Done This Session\n\n- Cart fixes.\n\n"
        + $"## What Failed\n\n- Nothing.\n\n## What's Next\n\n{whatsNext}\n\n## Key Decisions\n\n- Prices in cents.\n";

    private static Dictionary<string, JsonElement> ProjectsByName(CliResult result)
    {
        result.ExitCode.ShouldBe(0, result.ToString());
        var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.GetProperty("projects").EnumerateArray().ToDictionary(p => p.GetProperty("project").GetString()!, p => p.Clone());
    }

    private static string[] Names(CliResult result) => ProjectsByName(result).Keys.ToArray();

    // Every field path ("projects[].stuck[].days") and the JSON types it was printed with.
    private static void Collect(JsonElement element, string path, Dictionary<string, HashSet<string>> printed)
    {
        foreach (var property in element.EnumerateObject())
        {
            var field = path + property.Name;
            if (!printed.TryGetValue(field, out var types)) printed[field] = types = new HashSet<string>(StringComparer.Ordinal);
            types.Add(SchemaDocument.TypeOf(property.Value));
            if (property.Value.ValueKind == JsonValueKind.Object) Collect(property.Value, field + ".", printed);
            if (property.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var item in property.Value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object) Collect(item, field + "[].", printed);
            }
        }
    }

    /// <summary>The field tables of <c>docs/summary-json.md</c>: field paths and the types each may take.</summary>
    private sealed record SchemaDocument(int Version, Dictionary<string, string[]> Types, bool ExampleIsValidJson)
    {
        public static SchemaDocument Read(string path)
        {
            var lines = File.ReadAllLines(path);
            var version = int.Parse(lines[0].Substring(lines[0].LastIndexOf(' ') + 1), System.Globalization.CultureInfo.InvariantCulture);
            var types = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var prefix = string.Empty;
            foreach (var line in lines)
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    var open = line.IndexOf("(`", StringComparison.Ordinal);
                    prefix = open < 0 ? string.Empty : line.Substring(open + 2, line.IndexOf("`)", StringComparison.Ordinal) - open - 2) + ".";
                    continue;
                }

                if (!line.StartsWith("| `", StringComparison.Ordinal)) continue;
                var cells = line.Split(" | ");
                types[prefix + cells[0].Trim('|', ' ', '`')] = cells[1].Replace("\\|", "|").Split('|');
            }

            var example = string.Join("\n", lines.SkipWhile(l => l != "```json").Skip(1).TakeWhile(l => l != "```"));
            bool valid;
            try
            {
                using var parsed = JsonDocument.Parse(example);
                valid = parsed.RootElement.GetProperty("schemaVersion").GetInt32() == version;
            }
            catch (JsonException)
            {
                valid = false;
            }

            return new SchemaDocument(version, types, valid);
        }

        public static string TypeOf(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "integer",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Array => "array",
            JsonValueKind.Object => "object",
            _ => "null",
        };
    }
}
