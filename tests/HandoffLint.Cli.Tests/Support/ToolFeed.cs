using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>
/// The tool package, packed once per test run from this repository into a folder feed, as a user installs it before it is
/// published: <c>dotnet tool install HandoffLint.Tool --add-source FOLDER</c>.
/// </summary>
internal static class ToolFeed
{
    private static readonly Lazy<(string Folder, string Version)> Packed = new(Pack);

    /// <summary>The folder holding <c>HandoffLint.Tool.VERSION.nupkg</c>.</summary>
    public static string Folder => Packed.Value.Folder;

    /// <summary>The packed version (named explicitly when installing, since an untagged build may be a pre-release).</summary>
    public static string Version => Packed.Value.Version;

    private static (string, string) Pack()
    {
        var root = Directory.CreateTempSubdirectory("handofflint-feed-").FullName;
        var feed = Path.Combine(root, "feed");
        var project = Path.Combine(Golden.RepositoryRoot, "src", "HandoffLint.Cli", "HandoffLint.Cli.csproj");
        // Its own build folder, so that packing never fights the test run's build over obj/.
        var environment = new Dictionary<string, string?> { ["HANDOFFLINT_ARTIFACTS"] = Path.Combine(root, "artifacts"), ["MSBUILDDISABLENODEREUSE"] = "1" };
        // The RID-specific pointer package and its framework-dependent 'any' package: what installs on any machine with
        // .NET (the native packages need a Native AOT toolchain, and ship's own tests cover them).
        var pointer = ChildProcess.Run("dotnet", new[] { "pack", project, "-c", "Release", "-o", feed, "-nologo", "-p:ToolPackageRuntimeIdentifiers=any" }, root, environment, TimeSpan.FromMinutes(10));
        var any = ChildProcess.Run("dotnet", new[] { "pack", project, "-c", "Release", "-o", feed, "-nologo", "-r", "any", "-p:ToolPackageRuntimeIdentifiers=any" }, root, environment, TimeSpan.FromMinutes(10));
        var package = Directory.Exists(feed) ? Directory.GetFiles(feed, "HandoffLint.Tool.*.nupkg").Where(p => !p.EndsWith(".symbols.nupkg", StringComparison.Ordinal)).OrderBy(p => p.Length).FirstOrDefault() : null;
        if (pointer.ExitCode != 0 || any.ExitCode != 0 || package is null) throw new InvalidOperationException($"dotnet pack of the tool failed:\n{pointer}\n{any}");
        var version = Path.GetFileNameWithoutExtension(package).Substring("HandoffLint.Tool.".Length);
        return (feed, version);
    }
}
