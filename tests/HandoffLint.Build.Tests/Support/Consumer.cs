using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffLint.Build.Tests.Support;

/// <summary>
/// A repository that uses the HandoffLint package: a temporary folder with a <c>nuget.config</c> that takes HandoffLint
/// from the test run's feed (and only from there) and everything else from the machine's packages folder or nuget.org.
/// </summary>
public sealed class Consumer
{
    private readonly PackageFixture _fixture;

    internal Consumer(PackageFixture fixture, string folder, string feed)
    {
        _fixture = fixture;
        Folder = folder;
        Directory.CreateDirectory(folder);
        WriteFile("nuget.config", NuGetConfig(feed));
    }

    public string Folder { get; }

    /// <summary>The default note: docs/SESSION-HANDOFF.md under the repository root.</summary>
    public string NotePath => PathOf("docs/SESSION-HANDOFF.md");

    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Folder, relativePath));

    public Consumer WriteFile(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return this;
    }

    public Consumer WriteBytes(string relativePath, byte[] content)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public Consumer WriteNote(string content) => WriteFile("docs/SESSION-HANDOFF.md", content);

    /// <summary>A class library that references the package under test, with one source file.</summary>
    public Consumer WriteProject(string relativePath = "App.csproj", string targetFrameworks = "net10.0", string properties = "", string items = "", string? version = null, string more = "")
    {
        var property = targetFrameworks.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework";
        var name = Path.GetFileNameWithoutExtension(relativePath);
        WriteFile(relativePath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <{property}>{targetFrameworks}</{property}>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HandoffLint" Version="{version ?? _fixture.Version}" />
                {items}
              </ItemGroup>
              {more}
            </Project>
            """);
        return WriteSource(Path.Combine(Path.GetDirectoryName(relativePath) ?? string.Empty, "Greeting.cs"), name);
    }

    /// <summary>One small C# file, so that the project really compiles.</summary>
    public Consumer WriteSource(string relativePath, string projectName) =>
        WriteFile(relativePath, $"namespace {projectName.Replace('.', '_')};\n\npublic static class Greeting\n{{\n    public static string Text => \"Hello from {projectName}\";\n}}\n");

    /// <summary>Makes the folder a git repository with everything committed, on <paramref name="date"/> (YYYY-MM-DD; now when null).</summary>
    public Consumer CommitAll(string? date = null)
    {
        if (!Directory.Exists(PathOf(".git"))) Git(null, "init", "-q", "-b", "main");
        Git(null, "add", "-A");
        Git(date is null ? null : date + "T12:00:00Z", "-c", "user.name=HandoffLint tests", "-c", "user.email=tests@handofflint.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "--allow-empty", "-m", "Work");
        return this;
    }

    /// <summary><c>dotnet build</c> with the switches every test wants: plain console output (not the terminal logger), no lingering nodes or servers.</summary>
    public DotnetResult Build(params string[] arguments) =>
        Run(new[] { "build" }.Concat(arguments).Concat(new[] { "-nologo", "-tl:off", "-nodeReuse:false", "--disable-build-servers" }).ToArray());

    /// <summary>Any <c>dotnet</c> command in this folder, with the run's packages folder and result cache.</summary>
    public DotnetResult Run(params string[] arguments) => Dotnet.Run(Folder, _fixture.BuildEnvironment(), arguments);

    private void Git(string? date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed in {Folder}: {error}");
    }

    private static string NuGetConfig(string feed)
    {
        // The machine's packages folder is a valid local feed: the SDK's packages (the net8.0 targeting pack of the
        // multi-target test) come from there without a download when they are present.
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var local = Directory.Exists(machinePackages) ? $"""<add key="machine-packages" value="{machinePackages}" />""" : string.Empty;
        var localMapping = Directory.Exists(machinePackages) ? """<packageSource key="machine-packages"><package pattern="*" /></packageSource>""" : string.Empty;
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="handofflint-under-test" value="{feed}" />
                {local}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <!-- HandoffLint comes from the feed under test and nowhere else. -->
              <packageSourceMapping>
                <packageSource key="handofflint-under-test"><package pattern="HandoffLint" /></packageSource>
                {localMapping}
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """;
    }
}
