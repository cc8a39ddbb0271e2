using System;
using System.Linq;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>
/// A repository with central package management (Directory.Packages.props, ManagePackageVersionsCentrally): the ways to
/// add HandoffLint to every project, as the README's "Central package management" section shows them.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class CentralPackageManagementTests
{
    private readonly PackageFixture _package;

    public CentralPackageManagementTests(PackageFixture package) => _package = package;

    [Fact]
    public void A_GlobalPackageReference_adds_the_package_to_every_project_and_the_build_prints_the_findings()
    {
        var consumer = CentralRepository("global", $"""<GlobalPackageReference Include="HandoffLint" Version="{_package.Version}" />""", directoryBuildProps: null);

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldStartWith($"{consumer.NotePath}(4,1): warning HL0014: Last Updated is {Notes.StaleDate}");
    }

    [Fact]
    public void A_versioned_PackageReference_in_Directory_Build_props_fails_with_NU1008()
    {
        var consumer = CentralRepository("versioned", packageVersions: string.Empty, directoryBuildProps: $"""<PackageReference Include="HandoffLint" Version="{_package.Version}" PrivateAssets="all" />""");

        var build = consumer.Build();

        build.ExitCode.ShouldNotBe(0, build.ToString());
        build.OtherErrors.ShouldContain(l => l.Contains("error NU1008", StringComparison.Ordinal) && l.Contains("HandoffLint", StringComparison.Ordinal), build.ToString());
        build.Findings.ShouldBeEmpty();
    }

    [Fact]
    public void The_version_in_Directory_Packages_props_and_the_reference_in_Directory_Build_props_work_together()
    {
        var consumer = CentralRepository("split", $"""<PackageVersion Include="HandoffLint" Version="{_package.Version}" />""", directoryBuildProps: """<PackageReference Include="HandoffLint" PrivateAssets="all" />""");

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldStartWith($"{consumer.NotePath}(4,1): warning HL0014: Last Updated is {Notes.StaleDate}");
    }

    /// <summary>Two projects under central package management, a stale note, everything committed.</summary>
    private Consumer CentralRepository(string name, string packageVersions, string? directoryBuildProps)
    {
        var consumer = _package.CreateConsumer("cpm-" + name)
            .WriteFile("Directory.Packages.props", $"""
                <Project>
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    {packageVersions}
                  </ItemGroup>
                </Project>
                """);
        if (directoryBuildProps is not null)
        {
            consumer.WriteFile("Directory.Build.props", $"""
                <Project>
                  <ItemGroup>
                    {directoryBuildProps}
                  </ItemGroup>
                </Project>
                """);
        }

        foreach (var project in new[] { "src/App/App.csproj", "src/Lib/Lib.csproj" })
        {
            consumer.WriteFile(project, """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                </Project>
                """);
            consumer.WriteSource(project.Replace(System.IO.Path.GetFileName(project), "Greeting.cs"), System.IO.Path.GetFileNameWithoutExtension(project));
        }

        consumer.WriteFile("Repo.slnx", """
            <Solution>
              <Project Path="src/App/App.csproj" />
              <Project Path="src/Lib/Lib.csproj" />
            </Solution>
            """);
        return consumer.WriteNote(Notes.Stale).WriteFile("CLAUDE.md", Notes.ClaudeInstructions).CommitAll(Notes.StaleDate);
    }
}
