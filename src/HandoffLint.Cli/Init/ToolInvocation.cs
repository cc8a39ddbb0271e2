using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using HandoffLint.Rules.Protocol;

namespace HandoffLint.Cli.Init;

/// <summary>How this handofflint was installed, as far as the running process shows it.</summary>
internal enum ToolInstall
{
    /// <summary><c>dotnet tool install -g</c>: the command in <c>~/.dotnet/tools</c>.</summary>
    GlobalTool,

    /// <summary><c>dotnet tool install --tool-path DIR</c>: the command in DIR.</summary>
    ToolPath,

    /// <summary>A local tool manifest (<c>dotnet-tools.json</c>) run through <c>dotnet tool run</c>.</summary>
    LocalTool,

    /// <summary>Run from the package cache without installing (<c>dnx</c>, <c>dotnet tool exec</c>).</summary>
    Dnx,

    /// <summary>A binary started by its path: the Native AOT file, or a build's own executable.</summary>
    Executable,

    /// <summary>A framework-dependent build started as <c>dotnet handofflint.dll</c>.</summary>
    DotnetDll,

    /// <summary>The user said which command to write (<c>init --hook-command</c>).</summary>
    Given,
}

/// <summary>
/// How this handofflint process was started, turned into the shell command that starts the same tool again from an agent's
/// hook, where the agent runs it with <c>sh -c</c> in the project folder and <c>handofflint</c> need not be on the PATH:
/// <c>"$HOME/.dotnet/tools/handofflint"</c> for a global tool, <c>dotnet tool run handofflint</c> for a tool manifest, the
/// absolute path for <c>--tool-path</c> and for a bare binary, <c>dotnet dnx HandoffLint.Tool@VERSION --yes --</c> for dnx.
/// HL0041 (<see cref="HookCommandResolver"/>) judges the same forms. Every agent's wiring in <c>init</c> takes its commands from here.
/// </summary>
internal sealed class ToolInvocation
{
    // .../<tools folder>/.store/handofflint.tool/<version>/... : what `dotnet tool install -g` and `--tool-path` unpack.
    private static readonly Regex ToolStore = new(@"^(?<root>.*)/\.store/handofflint\.tool/(?<version>[^/]+)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // .../<packages folder>/handofflint.tool[.<rid>]/<version>/tools/... : a package run from the NuGet cache.
    private static readonly Regex PackageCache = new(@"/handofflint\.tool(\.[^/]+)?/(?<version>[^/]+)/tools/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private ToolInvocation(ToolInstall install, string prefix, string? caveat)
    {
        Install = install;
        Prefix = prefix;
        Caveat = caveat;
    }

    /// <summary>How the tool was installed.</summary>
    public ToolInstall Install { get; }

    /// <summary>The shell words that start the tool, ready for <c>sh -c</c>; the hook's arguments follow them.</summary>
    public string Prefix { get; }

    /// <summary>What the user should know about the command (it names this machine's path, it asks the feed each time), or null.</summary>
    public string? Caveat { get; }

    /// <summary>The full hook command: <see cref="Prefix"/> then <paramref name="arguments"/> (<c>hook claude stop</c>).</summary>
    public string Command(string arguments) => Prefix + " " + arguments;

    /// <summary>The command the user gave (<c>init --hook-command</c>), written as given.</summary>
    public static ToolInvocation Given(string prefix) => new(ToolInstall.Given, prefix.Trim(), null);

    /// <summary>How the running process was started; <paramref name="currentFolder"/> is where a tool manifest is looked for.</summary>
    public static ToolInvocation Detect(string currentFolder) => Detect(new ProcessFacts(
        Environment.ProcessPath,
        AppContext.BaseDirectory,
        Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        Environment.GetEnvironmentVariable("DOTNET_CLI_HOME"),
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows)), currentFolder);

    /// <summary>The decision itself, from the facts a process can see about itself (a seam for tests).</summary>
    public static ToolInvocation Detect(ProcessFacts facts, string currentFolder)
    {
        var executableName = facts.IsWindows ? "handofflint.exe" : "handofflint";
        var baseDirectory = Slashes(facts.BaseDirectory.TrimEnd('/', '\\')) + "/";

        if (ToolStore.Match(baseDirectory) is { Success: true } store)
        {
            var root = store.Groups["root"].Value;
            var globalRoot = Slashes(Path.Combine(facts.DotnetCliHome is { Length: > 0 } cliHome ? cliHome : facts.Home ?? string.Empty, ".dotnet", "tools"));
            if (PathsEqual(root, globalRoot, facts.IsWindows))
            {
                // "$HOME/..." rather than the path: the same line works for every teammate whose global tools live in the default place.
                return facts.DotnetCliHome is { Length: > 0 } || facts.IsWindows
                    ? new ToolInvocation(ToolInstall.GlobalTool, ShellWords.Quote(root + "/" + executableName), null)
                    : new ToolInvocation(ToolInstall.GlobalTool, "\"$HOME/.dotnet/tools/" + executableName + "\"", null);
            }

            return new ToolInvocation(ToolInstall.ToolPath, ShellWords.Quote(root + "/" + executableName), MachinePath(root + "/" + executableName));
        }

        if (PackageCache.Match(baseDirectory) is { Success: true } cached)
        {
            if (DotnetToolManifest.FindListing(currentFolder) is not null)
            {
                return new ToolInvocation(ToolInstall.LocalTool, "dotnet tool run handofflint",
                    "'dotnet tool run' starts the .NET SDK before HandoffLint (about a third of a second of CPU per hook call); a global tool or --tool-path install runs the native binary directly");
            }

            var version = cached.Groups["version"].Value;
            return new ToolInvocation(ToolInstall.Dnx, $"dotnet dnx {DotnetToolManifest.ToolPackageId}@{ShellWords.Quote(version)} --yes --",
                "dnx asks the package feed on every hook call (a second or more, and it fails offline); install the tool (a global tool or a tool manifest) for hooks that start fast");
        }

        var processPath = facts.ProcessPath is { Length: > 0 } path ? Slashes(path) : null;
        var processName = processPath is null ? null : Path.GetFileNameWithoutExtension(processPath);
        if (processPath is null || string.Equals(processName, "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            var dll = baseDirectory + "handofflint.dll";
            return new ToolInvocation(ToolInstall.DotnetDll, "dotnet " + ShellWords.Quote(dll), MachinePath(dll));
        }

        return new ToolInvocation(ToolInstall.Executable, ShellWords.Quote(processPath), MachinePath(processPath));
    }

    private static string MachinePath(string path) =>
        $"the hooks start HandoffLint by its path on this machine ({path}); where teammates install it elsewhere, a tool manifest (dotnet new tool-manifest; dotnet tool install HandoffLint.Tool) gives one command for everyone";

    private static string Slashes(string path) => path.Replace('\\', '/');

    private static bool PathsEqual(string left, string right, bool ignoreCase) =>
        string.Equals(left.TrimEnd('/'), right.TrimEnd('/'), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

/// <summary>What a process can see about how it was started.</summary>
/// <param name="ProcessPath">The executable the operating system started (<c>dotnet</c> for a framework-dependent run).</param>
/// <param name="BaseDirectory">The folder of the tool's own files (the native binary's, or handofflint.dll's).</param>
/// <param name="Home">The user's home folder.</param>
/// <param name="DotnetCliHome">DOTNET_CLI_HOME, which moves the global tools folder, when set.</param>
/// <param name="IsWindows">Whether executables end in <c>.exe</c> and paths ignore case.</param>
internal sealed record ProcessFacts(string? ProcessPath, string BaseDirectory, string? Home, string? DotnetCliHome, bool IsWindows);
