using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using HandoffLint.Packaging.Tests.Support;

namespace HandoffLint.Packaging.Tests;

/// <summary>What each shipped package carries: release hygiene (licence, icon, readme, source link), and the tool's layout.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class PackageContentsTests
{
    private static readonly string[] Packages = { "HandoffLint.Core", "HandoffLint.Tool", "HandoffLint.Tool.linux-x64", "HandoffLint.Tool.any" };

    private readonly PackageFeed _feed;

    public PackageContentsTests(PackageFeed feed) => _feed = feed;

    [PackageFact]
    public void Packing_prints_no_warning()
    {
        foreach (var pack in _feed.PackResults)
        {
            (pack.StdOut + pack.StdErr).Split('\n').ShouldNotContain(l => l.Contains(" warning ", StringComparison.OrdinalIgnoreCase), pack.ToString());
        }
    }

    [PackageFact]
    public void Every_package_carries_the_licence_the_icon_a_readme_and_the_published_repository_at_its_commit()
    {
        foreach (var id in Packages)
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            var files = package.Entries.Select(e => e.FullName).ToArray();
            files.ShouldContain("LICENSE", id);
            files.ShouldContain("icon.png", id);
            files.ShouldContain("README.md", id);
            ReadAll(package, "LICENSE").ShouldStartWith("MIT License");

            var metadata = Metadata(package, id);
            Value(metadata, "version").ShouldBe(_feed.Version);
            Value(metadata, "license").ShouldBe("MIT");
            Value(metadata, "icon").ShouldBe("icon.png");
            Value(metadata, "readme").ShouldBe("README.md");
            Value(metadata, "projectUrl").ShouldBe("https://github.com/handofflint/handofflint");
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            repository.Attribute("url")!.Value.ShouldBe("https://github.com/handofflint/handofflint");
            repository.Attribute("commit")!.Value.Length.ShouldBe(40, id);
        }
    }

    [PackageFact]
    public void The_core_library_ships_every_framework_with_its_documentation_and_a_symbols_package_with_source_link()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("HandoffLint.Core"));
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            package.GetEntry($"lib/{framework}/HandoffLint.Core.dll").ShouldNotBeNull(framework);
            package.GetEntry($"lib/{framework}/HandoffLint.Core.xml").ShouldNotBeNull(framework);
        }

        var readme = ReadAll(package, "README.md");
        readme.ShouldContain("new HandoffLinter()");
        Metadata(package, "HandoffLint.Core").Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Distinct().ShouldBe(new[] { "Markdig" });

        using var symbols = ZipFile.OpenRead(_feed.PackagePath("HandoffLint.Core", ".snupkg"));
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            var pdb = ReadAll(symbols, $"lib/{framework}/HandoffLint.Core.pdb");
            // The SourceLink map points at the published repository at the commit built.
            pdb.ShouldContain("https://raw.githubusercontent.com/handofflint/handofflint/");
        }
    }

    [PackageFact]
    public void The_tool_package_points_at_the_native_package_and_the_fallback_and_holds_no_binaries()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("HandoffLint.Tool"));
        package.Entries.ShouldNotContain(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) || e.Name == "handofflint");
        PackageTypes(package, "HandoffLint.Tool").ShouldBe(new[] { "DotnetTool" });
        var settings = XDocument.Parse(ReadAll(package, "tools/any/any/DotnetToolSettings.xml"));
        settings.Descendants("RuntimeIdentifierPackage").Select(e => (e.Attribute("RuntimeIdentifier")!.Value, e.Attribute("Id")!.Value))
            .ShouldBe(new[] { ("linux-x64", "HandoffLint.Tool.linux-x64"), ("any", "HandoffLint.Tool.any") });
    }

    [PackageFact]
    public void The_native_package_holds_one_native_file_without_debug_information()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("HandoffLint.Tool.linux-x64"));
        PackageTypes(package, "HandoffLint.Tool.linux-x64").ShouldBe(new[] { "DotnetToolRidPackage" });
        package.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(new[] { "tools/any/linux-x64/DotnetToolSettings.xml", "tools/any/linux-x64/handofflint" });
        using var binary = package.GetEntry("tools/any/linux-x64/handofflint")!.Open();
        var magic = new byte[4];
        binary.ReadExactly(magic);
        magic.ShouldBe(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
    }

    [PackageFact]
    public void The_fallback_targets_net8_and_rolls_forward_to_newer_runtimes()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath("HandoffLint.Tool.any"));
        PackageTypes(package, "HandoffLint.Tool.any").ShouldBe(new[] { "DotnetToolRidPackage" });
        var runtimeConfig = JsonNode.Parse(ReadAll(package, "tools/net8.0/any/handofflint.runtimeconfig.json"))!["runtimeOptions"]!;
        runtimeConfig["tfm"]!.GetValue<string>().ShouldBe("net8.0");
        runtimeConfig["rollForward"]!.GetValue<string>().ShouldBe("Major");
        package.GetEntry("tools/net8.0/any/handofflint.dll").ShouldNotBeNull();
    }

    [PackageFact]
    public void The_core_library_is_validated_against_a_released_version_as_its_API_baseline()
    {
        // This run's package stands in for the last release: the same API must pass, and the check must really run.
        var output = Path.Combine(_feed.WorkFolder, "baseline-check");
        var pack = _feed.TryPack(output, Path.Combine("src", "HandoffLint.Core", "HandoffLint.Core.csproj"),
            "-p:Version=" + _feed.Version + ".next", "-p:HandoffLintApiBaselineVersion=" + _feed.Version, "-p:RestoreAdditionalProjectSources=" + _feed.Feed, "-v:n");

        pack.ExitCode.ShouldBe(0, pack.ToString());
        pack.StdOut.ShouldContain("APICompat ran successfully without finding any breaking changes.", customMessage: pack.ToString());
        (pack.StdOut + pack.StdErr).ShouldNotContain(" warning ");
        // The baseline was really fetched and compared: package validation downloads it into the packages folder.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var baseline = Path.Combine(packages, "handofflint.core", _feed.Version);
        Directory.Exists(baseline).ShouldBeTrue(baseline);
        Directory.Delete(baseline, recursive: true);
    }

    private static XElement Metadata(ZipArchive package, string id)
    {
        var nuspec = XDocument.Parse(ReadAll(package, id + ".nuspec"));
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string[] PackageTypes(ZipArchive package, string id) =>
        Metadata(package, id).Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")!.Value).ToArray();

    private static string ReadAll(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)?.Open() ?? throw new FileNotFoundException(entry));
        return reader.ReadToEnd();
    }
}
