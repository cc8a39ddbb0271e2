using System.Globalization;
using System.Linq;
using System.Text;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>However many projects and target frameworks reference the package, each finding is printed once per build.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class OncePerBuildTests
{
    private const int ProjectCount = 20;
    private readonly PackageFixture _package;

    public OncePerBuildTests(PackageFixture package) => _package = package;

    [Fact]
    public void Multi_targeted_project_reports_each_finding_once()
    {
        var consumer = _package.CreateConsumer("multi-target")
            .WriteProject(targetFrameworks: "net8.0;net10.0")
            .WriteNote(Notes.Stale)
            .WriteFile("CLAUDE.md", Notes.ClaudeInstructions)
            .CommitAll(Notes.StaleDate);

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.BuildLines.ShouldContain(l => l.Contains("/net8.0/App.dll", System.StringComparison.Ordinal), build.ToString());
        build.BuildLines.ShouldContain(l => l.Contains("/net10.0/App.dll", System.StringComparison.Ordinal), build.ToString());
        build.Findings.ShouldHaveSingleItem(build.ToString()).ShouldContain(": warning HL0014:");
    }

    [Fact]
    public void Twenty_projects_built_in_parallel_report_each_finding_once_and_the_gate_fails_once()
    {
        var consumer = TwentyProjectSolution();

        var build = consumer.Build("All.slnx", "-m:4");
        var gated = consumer.Build("All.slnx", "-m:4", "--no-restore", "-p:HandoffLintTreatFindingsAsErrors=true");

        build.ExitCode.ShouldBe(0, build.ToString());
        for (var i = 1; i <= ProjectCount; i++)
        {
            var name = Name(i);
            build.BuildLines.ShouldContain(l => l.TrimStart().StartsWith(name + " -> ", System.StringComparison.Ordinal), $"{name} was not built:\n{build}");
        }

        build.FindingsOf("warning", "HL0007").ShouldHaveSingleItem(build.ToString());
        build.FindingsOf("warning", "HL0015").ShouldHaveSingleItem(build.ToString());
        build.FindingsOf("warning", "HL0003").ShouldHaveSingleItem(build.ToString());
        build.FindingIds.ShouldBe(Notes.MalformedFindings, build.ToString());

        gated.ExitCode.ShouldNotBe(0, gated.ToString());
        for (var i = 1; i <= ProjectCount; i++)
        {
            // A failing gate fails the build once; it does not stop the projects that depend on a gated one from building.
            var name = Name(i);
            gated.BuildLines.ShouldContain(l => l.TrimStart().StartsWith(name + " -> ", System.StringComparison.Ordinal), $"{name} was not built:\n{gated}");
        }

        gated.FindingIds.ShouldBe(Notes.MalformedFindings, gated.ToString());
        gated.Findings.ShouldAllBe(l => l.Contains(": error HL", System.StringComparison.Ordinal), gated.ToString());
        // The twenty projects that asked for the check do not each add an error of their own.
        gated.OtherErrors.ShouldBeEmpty(gated.ToString());
    }

    /// <summary>
    /// Twenty class libraries that get the package from Directory.Build.props, as a real repository would: a chain of
    /// project references (so projects are also built as references, with the global properties that brings), one
    /// multi-targeted project, and a solution over all of them.
    /// </summary>
    private Consumer TwentyProjectSolution()
    {
        var consumer = _package.CreateConsumer("twenty-projects")
            .WriteFile("Directory.Build.props", $"""
                <Project>
                  <ItemGroup>
                    <PackageReference Include="HandoffLint" Version="{_package.Version}" />
                  </ItemGroup>
                </Project>
                """)
            .WriteNote(Notes.Malformed)
            .WriteFile("CLAUDE.md", Notes.ClaudeInstructions);

        var solution = new StringBuilder("<Solution>\n");
        for (var i = 1; i <= ProjectCount; i++)
        {
            var name = Name(i);
            var framework = i == 5 ? "<TargetFrameworks>net8.0;net10.0</TargetFrameworks>" : "<TargetFramework>net10.0</TargetFramework>";
            var reference = i % 4 == 2 ? $"<ItemGroup><ProjectReference Include=\"../{Name(i - 1)}/{Name(i - 1)}.csproj\" /></ItemGroup>" : string.Empty;
            consumer.WriteFile($"src/{name}/{name}.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>{framework}</PropertyGroup>
                  {reference}
                </Project>
                """);
            consumer.WriteSource($"src/{name}/Greeting.cs", name);
            solution.Append(CultureInfo.InvariantCulture, $"  <Project Path=\"src/{name}/{name}.csproj\" />\n");
        }

        return consumer.WriteFile("All.slnx", solution.Append("</Solution>\n").ToString()).CommitAll();
    }

    private static string Name(int index) => "Project" + index.ToString("00", CultureInfo.InvariantCulture);
}
