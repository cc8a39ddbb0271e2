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
/// The README's "Continuous integration" snippets stay true: their install and lint commands run on a temporary repository
/// (CI variables filled in), and the action inputs and hook id they name exist.
/// </summary>
public sealed class ReadmeCiTests
{
    private static readonly Lazy<IReadOnlyList<string>> Snippets = new(ReadSnippets);

    [Fact]
    public void The_github_snippets_use_only_inputs_the_action_declares()
    {
        var action = CompositeAction.Load(Path.Combine(Golden.RepositoryRoot, "action.yml"));
        var uses = Snippets.Value.Where(s => s.Contains("uses: handofflint/handofflint@", StringComparison.Ordinal)).ToList();

        uses.Count.ShouldBe(2); // without and with code scanning
        uses.ShouldContain(s => s.Contains("upload-sarif: 'true'") && s.Contains("security-events: write"));
        foreach (var snippet in uses)
        {
            var step = Steps(snippet).Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && u.ToString().StartsWith("handofflint/handofflint@", StringComparison.Ordinal));
            var with = (YamlMappingNode)step["with"];
            with.Children.Keys.Select(k => k.ToString()).ShouldBeSubsetOf(action.InputDefaults.Keys);
        }
    }

    [Fact]
    public void The_pre_commit_snippet_names_the_hook_this_repository_declares()
    {
        var snippet = Snippets.Value.Single(s => s.Contains("repos:", StringComparison.Ordinal));
        var hooks = PreCommitTests.Hooks();

        Regex.Match(snippet, @"- id: (\S+)").Groups[1].Value.ShouldBe(hooks.Single()["id"].ToString());
    }

    [Fact]
    public void The_gitlab_snippet_runs()
    {
        var snippet = Snippets.Value.Single(s => s.Contains("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", StringComparison.Ordinal));
        using var repo = BranchWithoutANoteUpdate();
        var commands = Commands(snippet).ToList();

        var results = commands.Select(c => Bash(repo, c, new Dictionary<string, string?> { ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = "main" })).ToList();

        commands.Count.ShouldBe(3);
        results[0].ExitCode.ShouldBe(0, results[0].ToString());                 // install
        results[1].ExitCode.ShouldBe(1, results[1].ToString());                 // the merge-request gate fails...
        results[1].StdOut.ShouldContain("error HL0035");                        // ...on the branch that left the note alone
        Sarif.SchemaErrors(repo.Read("gl-handofflint.sarif")).ShouldBeEmpty(); // after_script's artifact
    }

    [Fact]
    public void The_azure_pipelines_snippet_runs()
    {
        var snippet = Snippets.Value.Single(s => s.Contains("UseDotNet@2", StringComparison.Ordinal));
        using var repo = BranchWithoutANoteUpdate();
        var agent = repo.CreateFolder("_agent");
        var commands = Commands(snippet)
            .Select(c => c.Replace("$(Agent.TempDirectory)", agent).Replace("$(Build.ArtifactStagingDirectory)", Path.Combine(agent, "staging")))
            .ToList();

        var results = commands.Select(c => Bash(repo, c, new Dictionary<string, string?>())).ToList();

        commands.Count.ShouldBe(3);
        results[0].ExitCode.ShouldBe(0, results[0].ToString());
        Sarif.SchemaErrors(File.ReadAllText(Path.Combine(agent, "staging", "CodeAnalysisLogs", "handofflint.sarif"))).ShouldBeEmpty();
        results[2].ExitCode.ShouldBe(1, results[2].ToString()); // the stale note's warning fails --max-warnings 0
        results[2].StdErr.ShouldContain("more than --max-warnings 0 allows");
    }

    /// <summary>The shell commands of a snippet: install and lint lines, with installs pointed at the locally packed feed.</summary>
    private static IEnumerable<string> Commands(string snippet)
    {
        foreach (var raw in snippet.Split('\n'))
        {
            var line = Regex.Replace(raw.Trim(), @"^(- script:|- |run:)\s*", string.Empty);
            if (line.StartsWith("dotnet tool install HandoffLint.Tool", StringComparison.Ordinal))
            {
                yield return line + $" --add-source '{ToolFeed.Folder}' --version {ToolFeed.Version}";
            }
            else if (Regex.IsMatch(line, @"handofflint lint\b"))
            {
                yield return line;
            }
        }
    }

    private static ChildProcessResult Bash(TempFolder repo, string command, Dictionary<string, string?> environment)
    {
        environment["HANDOFFLINT_TODAY"] = CliProcess.Today;
        environment["NO_COLOR"] = null;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) environment["DOTNET_ROOT"] = Path.GetDirectoryName(host);
        return ChildProcess.Run("bash", new[] { "--noprofile", "--norc", "-c", command }, repo.Path, environment, TimeSpan.FromMinutes(5));
    }

    /// <summary>A repository whose branch changed code but not its (stale: one warning) note, with origin/main fetched.</summary>
    private static TempFolder BranchWithoutANoteUpdate()
    {
        var repo = new TempFolder();
        repo.GitInit();
        repo.Write("docs/SESSION-HANDOFF.md", Fixtures.Text("stale.md"));
        repo.Write("CLAUDE.md", "Read docs/SESSION-HANDOFF.md at the start of every session and rewrite it before the session ends.\n");
        repo.Write(".gitignore", ".tools/\n_agent/\n*.sarif\n");
        repo.Git("add", ".");
        repo.Git("commit", "-q", "-m", "note");
        repo.Git("update-ref", "refs/remotes/origin/main", "HEAD");
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write("src/app.cs", "class App {}\n");
        repo.Git("add", ".");
        repo.Git("commit", "-q", "-m", "code");
        return repo;
    }

    private static IEnumerable<YamlMappingNode> Steps(string snippet)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(snippet));
        var jobs = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
        return jobs.Children.Values.Cast<YamlMappingNode>().SelectMany(j => ((YamlSequenceNode)j["steps"]).Children.Cast<YamlMappingNode>());
    }

    private static IReadOnlyList<string> ReadSnippets()
    {
        var readme = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("\n## Continuous integration\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, "the README's CI section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme.Substring(start, end - start);
        return Regex.Matches(section, "```yaml\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
    }
}
