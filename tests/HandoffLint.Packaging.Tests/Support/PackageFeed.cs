using System;
using HandoffLint.Tests.Support;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace HandoffLint.Packaging.Tests.Support;

/// <summary>
/// Packs the shipped packages once per test run, exactly as a release does (docs/RELEASING.md), into folder feeds of this
/// run, with a version no earlier run used, so that no install can take a stale package from a cache:
/// <list type="bullet">
/// <item><see cref="Feed"/>: HandoffLint.Core; HandoffLint.Tool, the pointer package; HandoffLint.Tool.linux-x64, the
/// Native AOT binary; HandoffLint.Tool.any, the framework-dependent fallback.</item>
/// <item><see cref="FallbackFeed"/>: a pointer to the fallback alone with the same fallback package, so that the
/// framework-dependent tool is installed here the way a user on a platform without a native package gets it.</item>
/// </list>
/// Everything a run creates lives under one temporary folder, removed at the end.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    public PackageFeed()
    {
        RepositoryRoot = typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        WorkFolder = Path.Combine(Path.GetTempPath(), $"handofflint-packaging-{stamp}-{Guid.NewGuid():N}".Substring(0, 52));
        Version = $"0.0.0-pkg.{stamp}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
        Feed = Directory.CreateDirectory(Path.Combine(WorkFolder, "feed")).FullName;
        FallbackFeed = Directory.CreateDirectory(Path.Combine(WorkFolder, "fallback-feed")).FullName;

        var cli = Path.Combine("src", "HandoffLint.Cli", "HandoffLint.Cli.csproj");
        Pack(Feed, Path.Combine("src", "HandoffLint.Core", "HandoffLint.Core.csproj"));
        Pack(Feed, cli);
        Pack(Feed, cli, "-r", "linux-x64");
        Pack(Feed, cli, "-r", "any");
        Pack(FallbackFeed, cli, "-p:HandoffLintNativeRuntimeIdentifiers=none");
        File.Copy(PackagePath("HandoffLint.Tool.any"), Path.Combine(FallbackFeed, Path.GetFileName(PackagePath("HandoffLint.Tool.any"))));
    }

    /// <summary>Why these tests cannot run here, or null: the native package is built for linux-x64 with clang.</summary>
    public static string? SkipReason { get; } =
        RuntimeInformation.RuntimeIdentifier != "linux-x64"
            ? $"The package tests pack the Native AOT tool for linux-x64 and install it; this machine is {RuntimeInformation.RuntimeIdentifier}."
            : FindOnPath("clang") is null
                ? "The package tests pack the Native AOT tool, which needs clang (Debian: apt-get install clang lld zlib1g-dev; .ci/run installs them)."
                : null;

    /// <summary>The repository under test.</summary>
    public string RepositoryRoot { get; }

    /// <summary>Everything this run creates lives here.</summary>
    public string WorkFolder { get; }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>The release's packages.</summary>
    public string Feed { get; }

    /// <summary>A pointer to the framework-dependent fallback alone, and the fallback.</summary>
    public string FallbackFeed { get; }

    /// <summary>What every <c>dotnet pack</c> printed.</summary>
    public List<ChildProcessResult> PackResults { get; } = new();

    /// <summary>The package file of <paramref name="id"/> in <see cref="Feed"/>.</summary>
    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

    /// <summary>A new user: a home folder, a packages folder and a git repository whose nuget.config names only <paramref name="feed"/>.</summary>
    public UserMachine CreateUser(string name, string? feed = null) =>
        new(Path.Combine(WorkFolder, "users", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6)), feed ?? Feed, Version);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("HANDOFFLINT_KEEP_TEST_FILES") == "1") return;
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Under the temporary folder and harmless.
        }
    }

    internal static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(folder => folder.Length > 0)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);

    /// <summary><c>dotnet pack</c> of <paramref name="project"/> into <paramref name="output"/> with this run's version (unless <paramref name="more"/> gives one).</summary>
    public ChildProcessResult TryPack(string output, string project, params string[] more) =>
        ChildProcess.Run(ChildProcess.Dotnet,
            new[] { "pack", project, "-c", "Release", "-o", output, "-p:Version=" + Version, "-nologo", "-tl:off", "-nodeReuse:false", "--disable-build-servers" }.Concat(more),
            RepositoryRoot, new Dictionary<string, string?> { ["HANDOFFLINT_ARTIFACTS"] = Path.Combine(WorkFolder, "artifacts") }, TimeSpan.FromMinutes(10), isolated: true);

    private void Pack(string output, string project, params string[] more)
    {
        // The packs build apart from the test run's own build output, and restore from the machine's packages folder.
        var result = TryPack(output, project, more);
        PackResults.Add(result);
        if (result.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + result);
    }
}

/// <summary>All package tests share one feed and run one at a time (two cores, and real installs).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "Shipped packages";
}

/// <summary>A fact that needs the packed packages; skipped, with the reason, where they cannot be packed.</summary>
public sealed class PackageFactAttribute : FactAttribute
{
    public PackageFactAttribute()
    {
        if (PackageFeed.SkipReason is { } reason) Skip = reason;
    }
}
