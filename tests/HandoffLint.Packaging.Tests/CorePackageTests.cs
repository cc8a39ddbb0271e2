using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Packaging.Tests.Support;

namespace HandoffLint.Packaging.Tests;

/// <summary>HandoffLint.Core from the feed in a consumer's program: the readme's own example, compiled and run.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class CorePackageTests
{
    private readonly PackageFeed _feed;

    public CorePackageTests(PackageFeed feed) => _feed = feed;

    [PackageFact]
    public void The_readme_example_builds_against_the_package_and_prints_the_findings()
    {
        var user = _feed.CreateUser("library");
        // The example exactly as the package's readme shows it, so that the readme stays true.
        var readme = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "src", "HandoffLint.Core", "PACKAGE.md"));
        var example = Regex.Match(readme, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline).Groups["code"].Value;
        example.ShouldContain("new HandoffLinter()");

        var machinePackages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        user.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="release" value="{_feed.Feed}" />
                <add key="machine" value="{Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? machinePackages}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="release"><package pattern="HandoffLint.*" /></packageSource>
                <packageSource key="machine"><package pattern="*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        user.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HandoffLint.Core" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        user.Write("Program.cs", example);
        user.Write("docs/SESSION-HANDOFF.md", "# Session Handoff\n\n## Last Updated\nSession 47\n\n## Current State\n- Builds.\n");

        var run = user.Dotnet("run", "-nologo", "-tl:off");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.StdOut.Split('\n');
        lines.ShouldContain(l => l.StartsWith("docs/SESSION-HANDOFF.md(3,1): warning HL0024: The note has 2 of the schema's 6 sections: Last Updated (line 3), Current State (line 6); missing: What Was Done This Session,", StringComparison.Ordinal), run.ToString());
        lines.ShouldContain("  https://github.com/handofflint/handofflint/blob/main/rules/HL0024.md");
        lines.ShouldContain(l => Regex.IsMatch(l, @"^0 errors, \d+ warnings$"));
    }
}
