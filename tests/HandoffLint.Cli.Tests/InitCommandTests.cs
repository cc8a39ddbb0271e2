using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary><c>handofflint init</c>: the whole pattern in one step, nothing of the user's lost, idempotent.</summary>
public sealed class InitCommandTests
{
    private const string Note = "docs/SESSION-HANDOFF.md";
    private const string Settings = ".claude/settings.json";

    [Fact]
    public void On_an_empty_repository_it_writes_the_note_the_protocol_and_the_hooks()
    {
        using var repo = new TempFolder();
        repo.GitInit();

        // The README's form of the hooks; how init finds the command for each way of installing is in ToolInvocationTests.
        var result = CliProcess.Run(repo.Path, "init", "--hook-command", "handofflint");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldBeEmpty();
        result.StdOut.ShouldBe(
            "created docs/SESSION-HANDOFF.md (2026-11-23, Session 1)\n" +
            "created CLAUDE.md with the session protocol\n" +
            "created .claude/settings.json: added the SessionStart, Stop, PreCompact hooks, run as 'handofflint hook claude ...'\n");
        Golden.Verify("init-note.md", repo.Read(Note));
        Golden.Verify("init-CLAUDE.md", repo.Read("CLAUDE.md"));
        Golden.Verify("init-settings.json", repo.Read(Settings));
    }

    [Fact]
    public void What_init_writes_passes_lint_including_the_protocol_rules()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        CliProcess.Run(repo.Path, "init").ExitCode.ShouldBe(0);

        var result = CliProcess.Run(repo.Path, "lint", "--no-git");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldBe("docs/SESSION-HANDOFF.md: no problems found\n");
    }

    [Fact]
    public void Twice_in_a_row_the_second_run_changes_nothing()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        CliProcess.Run(repo.Path, "init").ExitCode.ShouldBe(0);
        var before = Snapshot(repo);

        var second = CliProcess.Run(repo.Path, "init");

        second.ExitCode.ShouldBe(0, second.ToString());
        second.StdOut.ShouldBe(
            "kept docs/SESSION-HANDOFF.md: it exists already, and init never overwrites a note\n" +
            "kept CLAUDE.md: it has the session protocol already\n" +
            "kept .claude/settings.json: it has the HandoffLint hooks already\n" +
            "Nothing to change: the handoff pattern is set up already.\n");
        Snapshot(repo).ShouldBe(before);
    }

    [Fact]
    public void Existing_CLAUDE_md_and_settings_with_other_hooks_keep_everything_and_gain_the_hooks_once()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        const string instructions = "# Project rules\r\n\r\nUse tabs. Run `make check` before committing.\r\n";
        repo.Write("CLAUDE.md", instructions);
        const string settings = """
            {
                "model": "opus",
                "permissions": { "allow": ["Bash(npm test)"], "deny": [] },
                "env": { "FOO": "bär & <baz>" },
                "hooks": {
                    "Stop": [ { "hooks": [ { "type": "command", "command": "echo '{\"systemMessage\": \"REMINDER: Update SESSION-HANDOFF.md before ending!\"}'" } ] } ],
                    "PostToolUse": [ { "matcher": "Edit|Write", "hooks": [ { "type": "command", "command": "prettier --write \"$FILE\"", "timeout": 30 } ] } ],
                    "SessionStart": [ { "matcher": "startup", "hooks": [ { "type": "command", "command": "cat docs/SESSION-HANDOFF.md" } ] } ]
                }
            }
            """;
        repo.Write(Settings, settings);

        var result = CliProcess.Run(repo.Path, "init", "--hook-command", "handofflint");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldContain("added the session protocol to CLAUDE.md");
        result.StdOut.ShouldContain("updated .claude/settings.json: added the SessionStart, Stop, PreCompact hooks");

        // CLAUDE.md: the user's text first, byte for byte, then the block, in the file's own CRLF line endings.
        var claude = repo.Read("CLAUDE.md");
        claude.ShouldStartWith(instructions + "\r\n<!-- handofflint:protocol v1 -->\r\n");
        claude.Replace("\r\n", string.Empty).ShouldNotContain("\n");

        // settings.json: every original key and hook is still there, each HandoffLint hook exactly once.
        var before = JsonNode.Parse(settings)!.AsObject();
        var after = JsonNode.Parse(repo.Read(Settings))!.AsObject();
        ShouldContainEverything(after, before, "$");
        after["hooks"]!["Stop"]!.AsArray().Count.ShouldBe(2);
        after["hooks"]!["SessionStart"]!.AsArray().Count.ShouldBe(2);
        CommandsOf(after).Count(c => c == "handofflint hook claude stop").ShouldBe(1);
        CommandsOf(after).Count(c => c == "handofflint hook claude session-start").ShouldBe(1);
        CommandsOf(after).Count(c => c == "handofflint hook claude pre-compact").ShouldBe(1);
        after["hooks"]!["SessionStart"]![1]!["matcher"]!.GetValue<string>().ShouldBe("startup|resume|clear|compact");
        repo.Read(Settings).ShouldContain("\n    \"model\": \"opus\",\n"); // the file's four-space indent is kept

        // And once more: nothing changes.
        var snapshot = Snapshot(repo);
        CliProcess.Run(repo.Path, "init", "--hook-command", "handofflint").ExitCode.ShouldBe(0);
        Snapshot(repo).ShouldBe(snapshot);
    }

    [Fact]
    public void A_hook_already_wired_by_another_path_is_not_added_again()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write(Settings, """{"hooks":{"Stop":[{"hooks":[{"type":"command","command":"/usr/local/bin/handofflint hook claude stop --quiet"}]}]}}""");

        var result = CliProcess.Run(repo.Path, "init");

        result.StdOut.ShouldContain("added the SessionStart, PreCompact hooks");
        CommandsOf(JsonNode.Parse(repo.Read(Settings))!.AsObject()).Count(c => c.Contains("hook claude stop")).ShouldBe(1);
    }

    [Theory]
    [InlineData("{\"hooks\": {\"Stop\": [}", "it is not valid JSON at line 1, column 21: '}' is an invalid start of a value")]
    [InlineData("{\"hooks\": {}, // a comment\n}", "it is not valid JSON at line 1, column 15: '/' is an invalid start of a property name. Expected a '\"'")]
    [InlineData("[1, 2]", "it must hold a JSON object; Actual: an array")]
    [InlineData("{\"hooks\": \"none\"}", "\"hooks\" must be a JSON object of events; Actual: a string")]
    [InlineData("{\"hooks\": {\"Stop\": {}}}", "\"hooks.Stop\" must be a JSON array; Actual: an object")]
    public void Malformed_settings_are_refused_with_the_reason_and_nothing_is_written(string settings, string reason)
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write(Settings, settings);
        var before = Snapshot(repo);

        var result = CliProcess.Run(repo.Path, "init");

        BadInputTests.ShouldBeOneLineFailure(result,
            $"handofflint: error: cannot add the hooks to '.claude/settings.json': {reason}. The file was left untouched; fix it, or add the hooks by hand (see the README)");
        Snapshot(repo).ShouldBe(before);
        repo.Exists(Note).ShouldBeFalse();
        repo.Exists("CLAUDE.md").ShouldBeFalse();
    }

    [Fact]
    public void An_existing_note_is_never_overwritten()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write(Note, "# My own note\n");

        var result = CliProcess.Run(repo.Path, "init");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldContain("kept docs/SESSION-HANDOFF.md: it exists already, and init never overwrites a note");
        repo.Read(Note).ShouldBe("# My own note\n");
    }

    [Fact]
    public void Agents_md_gets_the_protocol_instead_of_CLAUDE_md()
    {
        using var repo = new TempFolder();
        repo.GitInit();

        var result = CliProcess.Run(repo.Path, "init", "--agents-md", "--no-hooks");

        result.ExitCode.ShouldBe(0, result.ToString());
        repo.Read("AGENTS.md").ShouldStartWith("<!-- handofflint:protocol v1 -->\n## Session Protocol (MANDATORY)\n");
        repo.Exists("CLAUDE.md").ShouldBeFalse();
        repo.Exists(Settings).ShouldBeFalse();
        repo.Read(Note).ShouldContain("the session protocol in `AGENTS.md`");
    }

    [Fact]
    public void An_older_protocol_block_is_replaced_and_the_text_around_it_kept()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write("CLAUDE.md", "# Rules\n\n<!-- handofflint:protocol -->\nRead the note.\n<!-- /handofflint:protocol -->\n\n## Style\nTabs.\n");

        var result = CliProcess.Run(repo.Path, "init", "--no-hooks");

        result.StdOut.ShouldContain("updated the session protocol in CLAUDE.md to version 1");
        var claude = repo.Read("CLAUDE.md");
        claude.ShouldStartWith("# Rules\n\n<!-- handofflint:protocol v1 -->\n");
        claude.ShouldEndWith("<!-- /handofflint:protocol -->\n\n## Style\nTabs.\n");
        claude.ShouldNotContain("Read the note.");
    }

    [Fact]
    public void A_hand_written_session_protocol_is_left_alone()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        const string protocol = "## Session Protocol (MANDATORY)\n1. Start: MUST read docs/SESSION-HANDOFF.md\n2. During: note decisions in SESSION-HANDOFF.md\n3. Before end/compaction: MUST update SESSION-HANDOFF.md\n";
        repo.Write("CLAUDE.md", protocol);

        var result = CliProcess.Run(repo.Path, "init", "--no-hooks");

        result.StdOut.ShouldContain("kept CLAUDE.md: it has a session protocol of its own");
        repo.Read("CLAUDE.md").ShouldBe(protocol);
    }

    [Fact]
    public void A_byte_order_mark_on_CLAUDE_md_is_kept()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.WriteBytes("CLAUDE.md", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("# Rules\n")).ToArray());

        CliProcess.Run(repo.Path, "init", "--no-hooks").ExitCode.ShouldBe(0);

        var bytes = repo.ReadBytes("CLAUDE.md");
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldStartWith("# Rules\n\n<!-- handofflint:protocol v1 -->\n");
    }

    private static string Snapshot(TempFolder folder) =>
        string.Join("\n", Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".git" + Path.DirectorySeparatorChar))
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder.Path, f) + ": " + System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    private static string[] CommandsOf(JsonObject settings) =>
        settings["hooks"]!.AsObject().SelectMany(e => e.Value!.AsArray())
            .SelectMany(entry => entry!["hooks"]!.AsArray()).Select(hook => hook!["command"]!.GetValue<string>()).ToArray();

    /// <summary>Every key and array element of <paramref name="expected"/> is in <paramref name="actual"/> with the same value (arrays may have grown at the end).</summary>
    private static void ShouldContainEverything(JsonNode actual, JsonNode expected, string path)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                var actualObject = actual.ShouldBeOfType<JsonObject>(path);
                foreach (var (key, value) in expectedObject)
                {
                    actualObject.ContainsKey(key).ShouldBeTrue($"{path}.{key} was lost");
                    if (value is null) actualObject[key].ShouldBeNull(path + "." + key);
                    else ShouldContainEverything(actualObject[key]!, value, path + "." + key);
                }

                break;
            case JsonArray expectedArray:
                var actualArray = actual.ShouldBeOfType<JsonArray>(path);
                actualArray.Count.ShouldBeGreaterThanOrEqualTo(expectedArray.Count, path);
                for (var i = 0; i < expectedArray.Count; i++) ShouldContainEverything(actualArray[i]!, expectedArray[i]!, $"{path}[{i}]");
                break;
            default:
                actual.ToJsonString().ShouldBe(expected.ToJsonString(), path);
                break;
        }
    }
}
