using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>HandoffLint never breaks a build by crashing: a failure inside the task is one clear warning with its own code.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class RobustnessTests
{
    private readonly PackageFixture _package;

    public RobustnessTests(PackageFixture package) => _package = package;

    [Fact]
    public void A_damaged_install_is_one_HL9999_warning_never_MSB4018()
    {
        // The package with its core library deleted from tasks/: the task loads, and fails the moment it lints.
        var consumer = _package.CreateConsumer("damaged", _package.DamagedFeedFolder)
            .WriteProject(version: _package.DamagedVersion)
            .WriteNote(Notes.Malformed)
            .CommitAll();

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        var failure = build.Findings.ShouldHaveSingleItem(build.ToString());
        failure.ShouldStartWith($"{consumer.NotePath} : warning HL9999: HandoffLint failed while checking the note and could not finish: FileNotFoundException:");
        failure.ShouldContain("HandoffLint.Core");
        build.Output.ShouldNotContain("MSB4018");
        build.Output.ShouldNotContain("   at "); // No stack trace at the default verbosity.
    }

    [Fact]
    public void A_damaged_install_stays_a_warning_under_the_CI_gate()
    {
        var consumer = _package.CreateConsumer("damaged-gate", _package.DamagedFeedFolder)
            .WriteProject(version: _package.DamagedVersion)
            .WriteNote(Notes.Malformed)
            .CommitAll();

        var build = consumer.Build("-p:HandoffLintTreatFindingsAsErrors=true");

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": warning HL9999:");
    }
}
