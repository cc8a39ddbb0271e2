using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// The composite action at the repository root, <c>action.yml</c>: its script steps run as the Actions runner runs them,
/// on temporary repositories, installing the tool from a folder feed packed from this repository.
/// </summary>
public sealed class ActionTests
{
    private const string Note = "docs/SESSION-HANDOFF.md";

    private static readonly CompositeAction Action = CompositeAction.Load(Path.Combine(Golden.RepositoryRoot, "action.yml"));

    // One runner temp folder for the whole class: the install step installs once and finds the tool there afterwards,
    // as a job that uses the action twice does.
    private static readonly Lazy<string> RunnerTemp = new(() => Directory.CreateTempSubdirectory("handofflint-runner-").FullName);

    [Fact]
    public void The_action_is_composite_and_wires_setup_upload_and_gate()
    {
        Action.Using.ShouldBe("composite");
        Action.InputDefaults.Keys.ShouldBe(new[] { "path", "base-ref", "failure-level", "upload-sarif", "sarif-file", "version", "tool-source", "dotnet-version" }, ignoreOrder: true);
        Action.InputDefaults["failure-level"].ShouldBe("error");
        Action.InputDefaults["upload-sarif"].ShouldBe("false");

        var setup = Action.Steps.Single(s => s.Uses?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
        setup.If.ShouldBe("inputs.dotnet-version != ''");
        var upload = Action.Steps.Single(s => s.Uses?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        upload.If!.ShouldContain("always()");
        upload.If!.ShouldContain("inputs.upload-sarif == 'true'");
        upload.With["sarif_file"].ShouldBe("${{ steps.lint.outputs.sarif-file }}");
        Action.Steps.Last().If.ShouldBe("always()");
        // Inputs reach the scripts only through env: nothing from a workflow is pasted into a script.
        Action.Steps.Where(s => s.Run is not null).ShouldAllBe(s => !s.Run!.Contains("${{"));
    }

    [Fact]
    public void Errors_are_annotated_written_as_sarif_and_fail_the_gate()
    {
        using var repo = Repository("findings.md");

        var run = RunAction(repo, new Dictionary<string, string>());

        var install = run.Of("install");
        install.ExitCode.ShouldBe(0, run.ToString());
        install.StdOut.ShouldContain(ToolFeed.Version.Split('+')[0]);
        var lint = run.Of("lint");
        lint.StdOut.Split('\n').ShouldContain(l => l.StartsWith("::error file=docs/SESSION-HANDOFF.md,line=20,col=24,", StringComparison.Ordinal), run.ToString());
        lint.StdOut.Split('\n').ShouldContain(l => l.StartsWith("::warning file=docs/SESSION-HANDOFF.md,line=4,", StringComparison.Ordinal));
        run.Outputs["lint"]["exit-code"].ShouldBe("1");
        run.Outputs["lint"]["sarif-file"].ShouldBe("handofflint.sarif");
        Sarif.SchemaErrors(repo.Read("handofflint.sarif")).ShouldBeEmpty();
        run.Summary.ShouldContain("docs/SESSION-HANDOFF.md: 1 error, 6 warnings, ");
        var gate = run.Steps.Last().Result;
        gate.ExitCode.ShouldBe(1);
        gate.StdOut.ShouldContain("HandoffLint failed the gate (exit code 1)");
    }

    [Theory]
    [InlineData("stale.md", "error", "0")]    // one warning: passes at the default level
    [InlineData("stale.md", "warning", "1")]  // fails when warnings count
    [InlineData("findings.md", "none", "0")]  // never fails, still annotates
    [InlineData("clean.md", "warning", "0")]
    public void The_failure_level_decides_what_fails(string fixture, string level, string exitCode)
    {
        using var repo = Repository(fixture);

        var run = RunAction(repo, new Dictionary<string, string> { ["failure-level"] = level });

        run.Outputs["lint"]["exit-code"].ShouldBe(exitCode, run.ToString());
        run.Steps.Last().Result.ExitCode.ShouldBe(exitCode == "0" ? 0 : 1);
        if (fixture != "clean.md") run.Of("lint").StdOut.ShouldContain("::warning file=docs/SESSION-HANDOFF.md,line=4,");
    }

    [Fact]
    public void The_base_ref_input_is_the_pull_request_gate_and_path_takes_folders()
    {
        using var repo = Repository("clean.md");
        repo.GitInit();
        repo.Write("CLAUDE.md", "Read docs/SESSION-HANDOFF.md at the start of every session and rewrite it before the session ends.\n");
        repo.Git("add", ".");
        repo.Git("commit", "-q", "-m", "note");
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write("src/app.cs", "class App {}\n");
        repo.Git("add", ".");
        repo.Git("commit", "-q", "-m", "code without a note update");

        var run = RunAction(repo, new Dictionary<string, string> { ["base-ref"] = "main", ["path"] = "." });

        run.Of("lint").StdOut.ShouldContain("title=HL0035::", Case.Sensitive, run.ToString());
        run.Outputs["lint"]["exit-code"].ShouldBe("1");
    }

    private static ActionRun RunAction(TempFolder repo, Dictionary<string, string> inputs)
    {
        inputs.TryAdd("version", ToolFeed.Version);
        inputs.TryAdd("tool-source", ToolFeed.Folder);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : null;
        var environment = new Dictionary<string, string?>
        {
            ["HANDOFFLINT_TODAY"] = CliProcess.Today,
            ["NO_COLOR"] = null,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            // What actions/setup-dotnet leaves behind: the SDK on the PATH and DOTNET_ROOT for the tool's launcher.
            ["DOTNET_ROOT"] = dotnet is null ? Environment.GetEnvironmentVariable("DOTNET_ROOT") : Path.GetDirectoryName(dotnet),
        };
        var run = Action.RunScripts(repo.Path, RunnerTemp.Value, inputs, environment);
        run.Of("install").ExitCode.ShouldBe(0, run.ToString());
        return run;
    }

    private static TempFolder Repository(string fixture)
    {
        var repo = new TempFolder();
        repo.Write(Note, Fixtures.Text(fixture));
        return repo;
    }
}
