using System.Linq;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>
/// MSBuild's own warning controls act on HL codes as on any other warning code, and the CI gate fails the build.
/// Every test builds the same stale note (one HL0014) with another switch; the project file sets NoWarn and friends when
/// the build names a scenario, exactly as a user's project file would.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class WarningControlTests
{
    private readonly PackageFixture _package;

    public WarningControlTests(PackageFixture package) => _package = package;

    [Fact]
    public void NoWarn_in_the_project_silences_the_code()
    {
        var build = Build("-p:Scenario=NoWarn");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldBeEmpty(build.ToString());
    }

    [Fact]
    public void NoWarn_on_the_command_line_silences_the_code()
    {
        var build = Build("-nowarn:HL0014");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldBeEmpty(build.ToString());
    }

    [Fact]
    public void WarningsAsErrors_in_the_project_fails_the_build_on_that_code()
    {
        var build = Build("-p:Scenario=WarningsAsErrors");

        build.ExitCode.ShouldNotBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": error HL0014:");
    }

    [Fact]
    public void Warnaserror_switch_fails_the_build()
    {
        var build = Build("-warnaserror");

        build.ExitCode.ShouldNotBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": error HL0014:");
    }

    [Fact]
    public void WarningsNotAsErrors_keeps_the_code_a_warning_under_warnaserror()
    {
        var build = Build("-warnaserror", "-p:Scenario=WarningsNotAsErrors");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": warning HL0014:");
    }

    [Fact]
    public void MSBuildTreatWarningsAsErrors_in_the_project_fails_the_build()
    {
        var build = Build("-p:Scenario=MSBuildTreatWarningsAsErrors");

        build.ExitCode.ShouldNotBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": error HL0014:");
    }

    [Fact]
    public void Plain_TreatWarningsAsErrors_leaves_handoff_findings_warnings_as_MSBuild_does_for_every_task_warning()
    {
        var build = Build("-p:Scenario=TreatWarningsAsErrors");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": warning HL0014:");
    }

    [Fact]
    public void CI_gate_turns_every_finding_into_an_error_and_fails_the_build()
    {
        var build = Build("-p:HandoffLintTreatFindingsAsErrors=true");

        build.ExitCode.ShouldNotBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": error HL0014:");
        build.OtherErrors.ShouldBeEmpty(build.ToString());
    }

    [Fact]
    public void CI_gate_keeps_NoWarn_working()
    {
        var build = Build("-p:HandoffLintTreatFindingsAsErrors=true", "-p:Scenario=NoWarn");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldBeEmpty(build.ToString());
    }

    [Fact]
    public void CI_gate_keeps_WarningsNotAsErrors_working()
    {
        var build = Build("-p:HandoffLintTreatFindingsAsErrors=true", "-p:Scenario=WarningsNotAsErrors");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": warning HL0014:");
    }

    private DotnetResult Build(params string[] arguments)
    {
        var consumer = _package.StaleRepository();
        return consumer.Build(new[] { "--no-restore" }.Concat(arguments).ToArray());
    }
}
