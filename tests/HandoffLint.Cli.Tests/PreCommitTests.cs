using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// <c>.pre-commit-hooks.yaml</c>, run by pre-commit itself: <c>pre-commit try-repo</c> on this repository builds the hook
/// with pre-commit's own installer (<c>language: dotnet</c>: pack at the root, install the packages as tools) and runs it
/// on a temporary repository. <c>.ci/run</c> installs Debian's pre-commit; elsewhere these tests are skipped when it is
/// absent.
/// </summary>
public sealed class PreCommitTests
{
    [Fact]
    public void The_hook_runs_on_notes_and_agent_files_and_fails_on_warnings_by_default()
    {
        var hook = Hooks().Single();

        hook["id"].ToString().ShouldBe("handofflint");
        hook["language"].ToString().ShouldBe("dotnet");
        hook["entry"].ToString().ShouldBe("handofflint lint");
        hook["pass_filenames"].ToString().ShouldBe("false");
        ((YamlSequenceNode)hook["args"]).Children.Select(a => a.ToString()).ShouldBe(new[] { "--max-warnings", "0", "." });
        var files = new Regex(hook["files"].ToString());
        foreach (var path in new[] { "docs/SESSION-HANDOFF.md", "services/api/SESSION-HANDOFF.md", "CLAUDE.md", "AGENTS.md", "GEMINI.md", ".claude/settings.json", ".claude/settings.local.json", ".editorconfig", "src/.editorconfig" })
        {
            files.IsMatch(path).ShouldBeTrue(path);
        }

        foreach (var path in new[] { "src/app.cs", "README.md", "docs/OTHER-HANDOFF.md", "settings.json" })
        {
            files.IsMatch(path).ShouldBeFalse(path);
        }
    }

    [PreCommitFact]
    public void Try_repo_fails_on_a_note_with_warnings_and_passes_on_a_clean_one()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        repo.Write("CLAUDE.md", "Read docs/SESSION-HANDOFF.md at the start of every session and rewrite it before the session ends.\n");
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("stale.md"));
        repo.Git("add", ".");
        using var home = new TempFolder();

        var failing = TryRepo(repo, home);
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("clean.md"));
        repo.Git("add", ".");
        var passing = TryRepo(repo, home);

        failing.ExitCode.ShouldBe(1, failing.ToString());
        failing.StdOut.ShouldMatch(@"HandoffLint \(session handoff note\)\.+Failed");
        failing.StdOut.ShouldContain("docs/SESSION-HANDOFF.md(4,1): warning HL0014:");
        failing.StdOut.ShouldContain("1 warning, more than --max-warnings 0 allows");
        passing.ExitCode.ShouldBe(0, passing.ToString());
        passing.StdOut.ShouldMatch(@"HandoffLint \(session handoff note\)\.+Passed");
    }

    /// <summary>The hooks <c>.pre-commit-hooks.yaml</c> declares.</summary>
    internal static IReadOnlyList<YamlMappingNode> Hooks()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Golden.RepositoryRoot, ".pre-commit-hooks.yaml"))) yaml.Load(reader);
        return ((YamlSequenceNode)yaml.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToList();
    }

    /// <summary>
    /// <c>pre-commit try-repo</c> on this repository at its HEAD commit (what a user's <c>rev:</c> names), with a private
    /// pre-commit home; try-repo builds the hook afresh each time, as pre-commit's installer does on a first use.
    /// </summary>
    private static ChildProcessResult TryRepo(TempFolder repo, TempFolder home)
    {
        var head = ChildProcess.Run("git", new[] { "rev-parse", "HEAD" }, Golden.RepositoryRoot).StdOut.Trim();
        var environment = new Dictionary<string, string?>
        {
            ["PRE_COMMIT_HOME"] = home.Path,
            ["HANDOFFLINT_TODAY"] = CliProcess.Today,
            ["NO_COLOR"] = null,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            // The hook's build is pre-commit's, in its own clone; it must not share this test run's build folder.
            ["HANDOFFLINT_ARTIFACTS"] = null,
        };
        return ChildProcess.Run("pre-commit", new[] { "try-repo", Golden.RepositoryRoot, "handofflint", "--ref", head, "--verbose", "--color", "never" }, repo.Path, environment, TimeSpan.FromMinutes(20));
    }
}

/// <summary>A fact that needs pre-commit on the PATH; skipped with the reason where it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PreCommitFactAttribute : FactAttribute
{
    public PreCommitFactAttribute()
    {
        if (!ChildProcess.IsOnPath("pre-commit"))
        {
            Skip = "pre-commit is not installed (.ci/run installs Debian's package 'pre-commit'; elsewhere: apt-get install pre-commit, or pip install pre-commit).";
        }
    }
}
