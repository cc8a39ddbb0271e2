using System;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>The package itself: a development dependency that carries its task and nothing else.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class PackageTests
{
    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Pack_prints_no_warning()
    {
        _package.PackResult.Lines.ShouldNotContain(l => l.Contains(" warning ", StringComparison.OrdinalIgnoreCase), _package.PackResult.ToString());
    }

    [Fact]
    public void Package_carries_build_assets_and_the_task_for_both_MSBuilds_and_nothing_for_the_consumer_to_reference()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        var files = archive.Entries.Select(e => e.FullName).ToArray();

        files.ShouldContain("build/HandoffLint.props");
        files.ShouldContain("build/HandoffLint.targets");
        files.ShouldContain("build/HandoffLint.proj");
        files.ShouldContain("buildMultiTargeting/HandoffLint.props");
        files.ShouldContain("buildMultiTargeting/HandoffLint.targets");
        files.ShouldContain("README.md");
        foreach (var framework in new[] { "net8.0", "net472" })
        {
            files.ShouldContain($"tasks/{framework}/HandoffLint.Build.dll");
            files.ShouldContain($"tasks/{framework}/HandoffLint.Core.dll");
            files.ShouldContain($"tasks/{framework}/Markdig.dll");
        }

        files.ShouldContain("tasks/net8.0/HandoffLint.Build.deps.json");
        // The agent hooks are a front end of the CLI: the task carries the core and nothing of them.
        files.ShouldNotContain(f => f.Contains("HandoffLint.Hooks", StringComparison.OrdinalIgnoreCase));
        files.ShouldNotContain(f => f.StartsWith("lib/", StringComparison.Ordinal) || f.StartsWith("ref/", StringComparison.Ordinal) || f.StartsWith("buildTransitive/", StringComparison.Ordinal));
        // MSBuild provides its own assemblies; a copy in the package would clash with them.
        files.ShouldNotContain(f => f.Contains("/Microsoft.Build", StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_describes_a_development_dependency_with_no_dependencies()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        using var stream = archive.Entries.Single(e => e.FullName == "HandoffLint.nuspec").Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Value("id").ShouldBe("HandoffLint");
        Value("version").ShouldBe(_package.Version);
        Value("developmentDependency").ShouldBe("true");
        Value("readme").ShouldBe("README.md");
        Value("description").ShouldNotBeNullOrWhiteSpace();
        Value("tags").ShouldNotBeNull().ShouldContain("msbuild");
        metadata.Elements().Single(e => e.Name.LocalName == "license").Value.ShouldBe("MIT");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.ShouldStartWith("https://");
        metadata.Elements().ShouldNotContain(e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public void Multi_targeting_assets_import_the_build_assets()
    {
        using var archive = ZipFile.OpenRead(_package.PackagePath);
        foreach (var extension in new[] { "props", "targets" })
        {
            using var stream = archive.Entries.Single(e => e.FullName == $"buildMultiTargeting/HandoffLint.{extension}").Open();
            var imports = XDocument.Load(stream).Root!.Elements().Where(e => e.Name.LocalName == "Import").Select(e => e.Attribute("Project")!.Value).ToArray();
            imports.ShouldHaveSingleItem().ShouldBe($@"..\build\HandoffLint.{extension}");
        }
    }
}
