using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace HandoffLint.Build.Tests.Support;

/// <summary>
/// Packs src/HandoffLint.Build once per test run, into a folder of its own, with a version no earlier run used, so that
/// no consumer can ever restore a stale package from a cache. Everything a run creates (feed, packages, build output,
/// HandoffLint's result cache, the consumer repositories) lives under one temporary folder, removed at the end.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Consumer>> _shared = new(StringComparer.Ordinal);
    private readonly Lazy<string> _damagedFeed;

    public PackageFixture()
    {
        RepositoryRoot = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
        WorkFolder = Path.Combine(Path.GetTempPath(), "handofflint-build-tests-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
        Directory.CreateDirectory(WorkFolder);
        Version = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        FeedFolder = Path.Combine(WorkFolder, "feed");
        PackagesFolder = Path.Combine(WorkFolder, "packages");
        CacheFolder = Path.Combine(WorkFolder, "cache");

        // The pack restores with the machine's own packages folder (the repository's dependencies are there already); its
        // build output goes to this run's folder, apart from the test run's own build.
        PackResult = Dotnet.Run(RepositoryRoot, new Dictionary<string, string?> { ["HANDOFFLINT_ARTIFACTS"] = Path.Combine(WorkFolder, "artifacts") }, new[]
        {
            "pack", Path.Combine(RepositoryRoot, "src", "HandoffLint.Build", "HandoffLint.Build.csproj"),
            "-o", FeedFolder, "-p:Version=" + Version, "-nologo", "-tl:off", "-nodeReuse:false", "--disable-build-servers",
        });
        if (PackResult.ExitCode != 0) throw new InvalidOperationException("Packing HandoffLint failed:\n" + PackResult);
        PackagePath = Path.Combine(FeedFolder, $"HandoffLint.{Version}.nupkg");
        if (!File.Exists(PackagePath)) throw new InvalidOperationException($"dotnet pack did not produce {PackagePath}:\n{PackResult}");
        _damagedFeed = new Lazy<string>(CreateDamagedFeed);
    }

    /// <summary>The repository under test (where src/HandoffLint.Build is).</summary>
    public string RepositoryRoot { get; }

    /// <summary>Everything this run creates lives here.</summary>
    public string WorkFolder { get; }

    /// <summary>The version packed for this run.</summary>
    public string Version { get; }

    public string FeedFolder { get; }

    public string PackagePath { get; }

    /// <summary>NUGET_PACKAGES of every consumer build: one restore of the package per run.</summary>
    public string PackagesFolder { get; }

    /// <summary>XDG_CACHE_HOME of every consumer build, so HandoffLint's result cache never touches the user's.</summary>
    public string CacheFolder { get; }

    /// <summary>What <c>dotnet pack</c> printed.</summary>
    public DotnetResult PackResult { get; }

    /// <summary>The version of the damaged copy of the package (see <see cref="DamagedFeedFolder"/>).</summary>
    public string DamagedVersion => Version + ".damaged";

    /// <summary>A feed holding a copy of the package whose task folders lack the core library, as a broken install would.</summary>
    public string DamagedFeedFolder => _damagedFeed.Value;

    /// <summary>The environment of every build this fixture runs: its own packages folder and result cache.</summary>
    public IReadOnlyDictionary<string, string?> BuildEnvironment(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = PackagesFolder,
            ["XDG_CACHE_HOME"] = CacheFolder,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>()) environment[name] = value;
        return environment;
    }

    /// <summary>A new consumer repository in a folder of its own, restoring HandoffLint from <paramref name="feed"/> (this run's feed by default).</summary>
    public Consumer CreateConsumer(string name, string? feed = null) =>
        new(this, Path.Combine(WorkFolder, "consumers", name + "-" + Guid.NewGuid().ToString("N").Substring(0, 6)), feed ?? FeedFolder);

    /// <summary>
    /// A consumer set up once per run and shared by the tests that only build it with other switches (restoring and
    /// compiling once is what keeps the suite to a few minutes). Tests in this collection run one at a time.
    /// </summary>
    public Consumer Shared(string name, Action<Consumer> setUp) =>
        _shared.GetOrAdd(name, _ => new Lazy<Consumer>(() =>
        {
            var consumer = CreateConsumer(name);
            setUp(consumer);
            return consumer;
        })).Value;

    public void Dispose()
    {
        if (System.Environment.GetEnvironmentVariable("HANDOFFLINT_KEEP_TEST_FILES") == "1") return;
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // A build server still holding a file; the folder is under the temporary folder and harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private string CreateDamagedFeed()
    {
        var feed = Path.Combine(WorkFolder, "damaged-feed");
        Directory.CreateDirectory(feed);
        using var source = ZipFile.OpenRead(PackagePath);
        using var target = ZipFile.Open(Path.Combine(feed, $"HandoffLint.{DamagedVersion}.nupkg"), ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            if (entry.FullName.StartsWith("tasks/", StringComparison.Ordinal) && entry.Name == "HandoffLint.Core.dll") continue;
            var copy = target.CreateEntry(entry.FullName);
            using var from = entry.Open();
            using var to = copy.Open();
            if (entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal))
            {
                var nuspec = XDocument.Load(from);
                nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value = DamagedVersion;
                nuspec.Save(to);
            }
            else
            {
                from.CopyTo(to);
            }
        }

        return feed;
    }
}

/// <summary>All end-to-end tests share one packed package and run one at a time (two cores, and real builds).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "HandoffLint package";
}
