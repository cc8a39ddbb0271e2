using System;
using System.IO;
using System.Linq;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>What a consumer sees on <c>dotnet build</c>: the note's findings as canonical MSBuild lines, once, with the right exit code.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class FindingsTests
{
    private readonly PackageFixture _package;

    public FindingsTests(PackageFixture package) => _package = package;

    [Fact]
    public void Missing_note_is_reported_at_the_path_where_it_was_expected()
    {
        var consumer = _package.CreateConsumer("missing").WriteProject().CommitAll();

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString())
            .ShouldStartWith($"{consumer.NotePath} : warning HL0001: No handoff note at '{consumer.NotePath}'");
    }

    [Fact]
    public void Clean_note_prints_no_HandoffLint_line_at_all()
    {
        var consumer = _package.CreateConsumer("clean").WriteProject().WriteNote(Notes.Conforming()).WriteFile("CLAUDE.md", Notes.ClaudeInstructions).CommitAll();

        var build = consumer.Build();
        var again = consumer.Build("--no-restore", "-v:d");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.LinesWithHandoffLintCodes.ShouldBeEmpty(build.ToString());
        // Unchanged and clean: nothing to print, so the build does not even ask HandoffLint's project.
        again.ExitCode.ShouldBe(0, again.ToString());
        again.Output.ShouldContain("no findings, nothing to report");
        again.Lines.ShouldNotContain(l => l.Contains("is building", StringComparison.Ordinal) && l.Contains("HandoffLint.proj", StringComparison.Ordinal), again.ToString());
    }

    [Fact]
    public void Stale_note_is_one_warning_at_the_stamp()
    {
        var consumer = _package.StaleRepository();

        var build = consumer.Build("--no-restore");

        build.ExitCode.ShouldBe(0, build.ToString());
        var stale = build.Findings.ShouldHaveSingleItem(build.ToString());
        stale.ShouldStartWith($"{consumer.NotePath}(4,1): warning HL0014: Last Updated is {Notes.StaleDate}");
        // Reported by HandoffLint's own project, the one place in the build that runs once.
        stale.ShouldEndWith("HandoffLint.proj]");
    }

    [Fact]
    public void Malformed_note_gives_one_line_per_problem_at_its_line_and_column()
    {
        var consumer = _package.CasesRepository().WriteFile("cases/malformed/SESSION-HANDOFF.md", Notes.Malformed);
        var note = consumer.CaseNotePath("malformed");

        var build = consumer.BuildCase("malformed");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.FindingsOf("warning", "HL0007").ShouldHaveSingleItem(build.ToString())
            .ShouldStartWith($"{note}(7,1): warning HL0007: Section '## Current State' still holds the placeholder");
        build.FindingsOf("warning", "HL0015").ShouldHaveSingleItem(build.ToString()).ShouldStartWith($"{note}(15,1): warning HL0015:");
        build.FindingsOf("warning", "HL0003").ShouldHaveSingleItem(build.ToString()).ShouldContain("'## Key Decisions'");
        build.FindingIds.ShouldBe(Notes.MalformedFindings, build.ToString());
    }

    [Fact]
    public void EditorConfig_sets_severities_as_in_the_core_library()
    {
        var consumer = _package.CasesRepository()
            .WriteFile("cases/severities/SESSION-HANDOFF.md", Notes.Malformed)
            .WriteFile("cases/severities/.editorconfig", "[*.md]\ndotnet_diagnostic.HL0007.severity = error\ndotnet_diagnostic.HL0015.severity = none\n");

        var build = consumer.BuildCase("severities");

        build.ExitCode.ShouldNotBe(0, build.ToString());
        build.FindingsOf("error", "HL0007").ShouldHaveSingleItem(build.ToString());
        build.LinesWithHandoffLintCodes.ShouldNotContain(l => l.Contains("HL0015", StringComparison.Ordinal), build.ToString());
        build.FindingsOf("warning", "HL0003").ShouldHaveSingleItem(build.ToString());
    }

    [Fact]
    public void Invalid_editorconfig_value_points_at_its_file_and_line()
    {
        var consumer = _package.CasesRepository()
            .WriteFile("cases/invalid-option/SESSION-HANDOFF.md", Notes.Conforming())
            .WriteFile("cases/invalid-option/.editorconfig", "[*.md]\nhandofflint.max_age_days = soon\n");

        var build = consumer.BuildCase("invalid-option");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString())
            .ShouldStartWith($"{consumer.PathOf("cases/invalid-option/.editorconfig")}(2,1): warning HL0022: 'handofflint.max_age_days'");
    }

    [Fact]
    public void Detailed_verbosity_says_what_was_checked_and_which_configuration_applied()
    {
        var consumer = _package.CasesRepository()
            .WriteFile("cases/verbose/SESSION-HANDOFF.md", Notes.Conforming())
            .WriteFile("cases/verbose/.editorconfig", "[*.md]\nhandofflint.max_age_days = 30\n");

        var build = consumer.BuildCase("verbose", "-p:HandoffLintVerbosity=detailed", "-p:HandoffLintBaseRef=main");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldContain($"HandoffLint: checked {consumer.CaseNotePath("verbose")} (read): 0 error(s), 0 warning(s)");
        build.Output.ShouldContain($"HandoffLint: configuration {consumer.PathOf("cases/verbose/.editorconfig")}");
        build.Output.ShouldContain("max_age_days=30");
        // The MSBuild property reaches the core library's options (the pull-request gate of the git rules).
        build.Output.ShouldContain("base_ref=main");
    }

    [Fact]
    public void A_folder_where_the_note_should_be_is_a_clear_diagnostic()
    {
        var consumer = _package.CasesRepository().WriteFile("cases/folder/SESSION-HANDOFF.md/keep.txt", "a folder, not a note");

        var build = consumer.BuildCase("folder");

        // Something that is not a file where the note should be is a warning from the build (issue 13), as NotAFileTests
        // show for FIFOs, /dev/zero and dangling links.
        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldStartWith($"{consumer.CaseNotePath("folder")} : warning HL0002: The handoff note cannot be read: it is a folder, not a file");
        build.Output.ShouldNotContain("MSB4018");
    }

    [Fact]
    public void A_note_that_is_not_text_is_a_clear_diagnostic()
    {
        var consumer = _package.CasesRepository().WriteBytes("cases/binary/SESSION-HANDOFF.md", new byte[] { 0x23, 0x20, 0xC3, 0x28, 0x00, 0xFF, 0xFE, 0x0A });

        var build = consumer.BuildCase("binary");

        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldStartWith($"{consumer.CaseNotePath("binary")} : error HL0002:");
        build.Output.ShouldNotContain("MSB4018");
    }

    [Fact]
    public void Unchanged_inputs_replay_the_same_lines_and_an_edited_note_is_linted_again()
    {
        var consumer = _package.CasesRepository().WriteFile("cases/replay/SESSION-HANDOFF.md", Notes.Malformed);
        var note = consumer.CaseNotePath("replay");

        var first = consumer.BuildCase("replay", "-p:HandoffLintVerbosity=detailed");
        var second = consumer.BuildCase("replay", "-p:HandoffLintVerbosity=detailed");
        File.WriteAllText(note, File.ReadAllText(note).Replace("[What's working, what's deployed, what's in progress]", "- The app greets.", StringComparison.Ordinal));
        var afterEdit = consumer.BuildCase("replay", "-p:HandoffLintVerbosity=detailed");

        first.Output.ShouldContain("HandoffLint: linted;");
        second.Output.ShouldContain("HandoffLint: replayed the last result");
        second.Findings.ShouldBe(first.Findings, second.ToString());
        afterEdit.Output.ShouldContain("HandoffLint: linted;");
        afterEdit.FindingsOf("warning", "HL0007").ShouldBeEmpty(afterEdit.ToString());
        afterEdit.FindingsOf("warning", "HL0015").ShouldHaveSingleItem(afterEdit.ToString());
    }

    [Fact]
    public void Custom_path_is_read_from_the_repository_root()
    {
        var consumer = _package.CreateConsumer("custom-path")
            .WriteProject("src/App/App.csproj", properties: "<HandoffLintPath>notes/HANDOFF.md</HandoffLintPath>")
            .WriteFile("notes/HANDOFF.md", Notes.Stale)
            .WriteFile("CLAUDE.md", Notes.ClaudeInstructions.Replace("docs/SESSION-HANDOFF.md", "notes/HANDOFF.md", StringComparison.Ordinal))
            .CommitAll(Notes.StaleDate);

        var build = consumer.Build("src/App/App.csproj");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldStartWith($"{consumer.PathOf("notes/HANDOFF.md")}(4,1): warning HL0014:");
    }

    [Fact]
    public void Without_git_the_root_is_the_solution_folder_and_failing_that_the_project_folder()
    {
        var consumer = _package.CreateConsumer("no-git")
            .WriteProject("src/App/App.csproj")
            .WriteFile("All.slnx", "<Solution>\n  <Project Path=\"src/App/App.csproj\" />\n</Solution>\n")
            .WriteFile("docs/SESSION-HANDOFF.md", Notes.Stale)
            .WriteFile("src/App/docs/SESSION-HANDOFF.md", Notes.Malformed);

        var viaSolution = consumer.Build("All.slnx");
        var viaProject = consumer.Build("src/App/App.csproj", "--no-restore");

        viaSolution.Findings.ShouldHaveSingleItem(viaSolution.ToString()).ShouldStartWith($"{consumer.NotePath}(4,1): warning HL0014:");
        viaProject.FindingsOf("warning", "HL0007").ShouldHaveSingleItem(viaProject.ToString())
            .ShouldStartWith($"{consumer.PathOf("src/App/docs/SESSION-HANDOFF.md")}(7,1): warning HL0007:");
        viaProject.Findings.ShouldNotContain(l => l.StartsWith(consumer.NotePath + "(", StringComparison.Ordinal), viaProject.ToString());
    }

    [Fact]
    public void HandoffLintEnabled_false_skips_the_check()
    {
        var consumer = _package.StaleRepository();

        var build = consumer.Build("--no-restore", "-p:HandoffLintEnabled=false", "-p:HandoffLintVerbosity=detailed");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.LinesWithHandoffLintCodes.ShouldBeEmpty(build.ToString());
        build.Output.ShouldNotContain("HandoffLint:");
    }

    [Fact]
    public void Invalid_property_value_is_one_clear_warning_not_a_broken_build()
    {
        var consumer = _package.StaleRepository();

        var invalidProperties = new[] { "-p:HandoffLintVerbosity=loud", "-p:HandoffLintTreatFindingsAsErrors=yes" };
        var build = consumer.Build(new[] { "--no-restore" }.Concat(invalidProperties).ToArray());

        build.ExitCode.ShouldBe(0, build.ToString());
        build.FindingsOf("warning", "HL0022").Count.ShouldBe(invalidProperties.Length, build.ToString());
        build.Output.ShouldContain("'HandoffLintVerbosity' must be normal or detailed; Actual: 'loud'");
        build.Output.ShouldContain("'HandoffLintTreatFindingsAsErrors' must be true or false; Actual: 'yes'");
        build.FindingsOf("warning", "HL0014").ShouldHaveSingleItem(build.ToString());
    }

    [Fact]
    public void The_note_is_an_up_to_date_check_input_so_Visual_Studio_rebuilds_when_it_changes()
    {
        var consumer = _package.StaleRepository();

        var items = consumer.Run("msbuild", "App.csproj", "-getItem:UpToDateCheckInput", "-nologo");

        items.ExitCode.ShouldBe(0, items.ToString());
        items.Output.ShouldContain($"\"Identity\": \"{consumer.NotePath}\"");
    }

    [Fact]
    public void Design_time_builds_are_skipped()
    {
        var consumer = _package.StaleRepository();

        var build = consumer.Build("--no-restore", "-p:DesignTimeBuild=true");

        build.LinesWithHandoffLintCodes.ShouldBeEmpty(build.ToString());
    }
}
