using System;
using HandoffLint.Tests.Support;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace HandoffLint.Packaging.Tests.Support;

/// <summary>
/// One user of the packages: a home folder (where global tools go), a NuGet packages folder of their own (so every install
/// really comes from the feed), and a git repository whose nuget.config names the feed and nothing else.
/// </summary>
public sealed class UserMachine
{
    internal UserMachine(string folder, string feed, string version)
    {
        Folder = Directory.CreateDirectory(folder).FullName;
        Home = Directory.CreateDirectory(Path.Combine(Folder, "home")).FullName;
        Packages = Path.Combine(Folder, "packages");
        Repository = Directory.CreateDirectory(Path.Combine(Folder, "repo")).FullName;
        Version = version;
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="release" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        Git("init", "-q", "-b", "main");
    }

    public string Folder { get; }

    public string Home { get; }

    public string Packages { get; }

    /// <summary>The user's project, a git repository.</summary>
    public string Repository { get; }

    /// <summary>The version of the packages under test.</summary>
    public string Version { get; }

    /// <summary>
    /// The user's environment: their home and packages folder, no DOTNET_CLI_HOME (global tools in ~/.dotnet/tools), and a
    /// PATH without any folder that holds a <c>handofflint</c>, so nothing finds the tool but the way it was installed.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Environment
    {
        get
        {
            var environment = new Dictionary<string, string?>
            {
                ["HOME"] = Home,
                ["NUGET_PACKAGES"] = Packages,
                ["DOTNET_CLI_HOME"] = null,
                ["XDG_CACHE_HOME"] = Path.Combine(Home, ".cache"),
                ["PATH"] = string.Join(Path.PathSeparator, (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                    .Where(folder => folder.Length > 0 && !File.Exists(Path.Combine(folder, "handofflint")))),
            };
            foreach (var (name, value) in MoreEnvironment) environment[name] = value;
            return environment;
        }
    }

    /// <summary>Variables this user sets besides those above (a <c>DOTNET_ROOT</c>, say).</summary>
    public Dictionary<string, string?> MoreEnvironment { get; } = new();

    public string PathOf(string relative) => Path.Combine(Repository, relative);

    public UserMachine Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));
        return this;
    }

    // A package install or a native build on a loaded machine takes minutes; a hung one must still end the test.
    internal static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(10);

    /// <summary><c>dotnet ...</c> in the repository, as this user.</summary>
    public ChildProcessResult Dotnet(params string[] arguments) => ChildProcess.Run(ChildProcess.Dotnet, arguments, Repository, Environment, RunTimeout, isolated: true);

    /// <summary>Any program in the repository, as this user.</summary>
    public ChildProcessResult Run(string program, params string[] arguments) => ChildProcess.Run(program, arguments, Repository, Environment, RunTimeout, isolated: true);

    /// <summary>A command line exactly as an agent runs a hook: <c>sh -c</c> in the project folder, the event's JSON on standard input.</summary>
    public ChildProcessResult Shell(string commandLine, string? input = null) => ChildProcess.Run("sh", new[] { "-c", commandLine }, Repository, Environment, RunTimeout, input, isolated: true);

    /// <summary>The command of the hook on <paramref name="eventName"/> in .claude/settings.json.</summary>
    public string HookCommand(string eventName) =>
        JsonNode.Parse(File.ReadAllText(PathOf(".claude/settings.json")))!["hooks"]![eventName]![0]!["hooks"]![0]!["command"]!.GetValue<string>();

    /// <summary>Commits everything, as a user does before starting an agent session.</summary>
    public void CommitAll()
    {
        Git("add", "-A");
        Git("-c", "user.name=HandoffLint tests", "-c", "user.email=tests@handofflint.invalid", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Set up the handoff pattern");
    }

    private void Git(params string[] arguments)
    {
        var result = ChildProcess.Run("git", arguments, Repository, Environment, RunTimeout, isolated: true);
        if (result.ExitCode != 0) throw new InvalidOperationException(result.ToString());
    }
}
