using HandoffLint.Tests.Support;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using HandoffLint.Packaging.Tests.Support;

namespace HandoffLint.Packaging.Tests;

/// <summary>
/// The tool installed from the feed every way a user installs it; then <c>init</c> run through that install, and the hooks it
/// writes run exactly as Claude Code runs them (<c>sh -c</c> in the project folder, the event on standard input) with no
/// <c>handofflint</c> on the PATH: the session start gives the note, and a stop after a code change without a note
/// update is blocked, naming the file.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class ToolInstallTests
{
    private readonly PackageFeed _feed;

    public ToolInstallTests(PackageFeed feed) => _feed = feed;

    [PackageFact]
    public void Local_tool_manifest_runs_the_native_binary_and_its_hooks_run_through_dotnet_tool_run()
    {
        var user = _feed.CreateUser("manifest");
        user.Dotnet("new", "tool-manifest").ExitCode.ShouldBe(0);
        var install = user.Dotnet("tool", "install", "HandoffLint.Tool", "--version", _feed.Version);
        install.ExitCode.ShouldBe(0, install.ToString());

        NativeBinaryUnder(Path.Combine(user.Packages, "handofflint.tool.linux-x64")).ShouldNotBeNull("the linux-x64 package was restored");
        user.Dotnet("tool", "run", "handofflint", "--version").StdOut.ShouldStartWith(_feed.Version);

        var init = user.Dotnet("tool", "run", "handofflint", "init");
        HooksRunUnderSh(user, init, "dotnet tool run handofflint");
    }

    [PackageFact]
    public void Tool_path_installs_a_link_to_the_native_binary_and_its_hooks_name_it_by_path()
    {
        var user = _feed.CreateUser("tool-path");
        var tools = Path.Combine(user.Folder, "team tools");
        var install = user.Dotnet("tool", "install", "HandoffLint.Tool", "--version", _feed.Version, "--tool-path", tools);
        install.ExitCode.ShouldBe(0, install.ToString());
        var command = Path.Combine(tools, "handofflint");
        IsNative(command).ShouldBeTrue("the command is the Native AOT binary");

        var init = user.Run(command, "init");
        HooksRunUnderSh(user, init, $"'{command}'");
        init.StdOut.ShouldContain("by its path on this machine");
    }

    [PackageFact]
    public void Global_tool_hooks_start_it_from_the_home_folder()
    {
        var user = _feed.CreateUser("global");
        var install = user.Dotnet("tool", "install", "--global", "HandoffLint.Tool", "--version", _feed.Version);
        install.ExitCode.ShouldBe(0, install.ToString());
        var command = Path.Combine(user.Home, ".dotnet", "tools", "handofflint");
        IsNative(command).ShouldBeTrue("the command is the Native AOT binary");

        var init = user.Run(command, "init");
        HooksRunUnderSh(user, init, "\"$HOME/.dotnet/tools/handofflint\"");
    }

    [PackageFact]
    public void Dnx_hooks_run_the_same_version_through_dnx()
    {
        var user = _feed.CreateUser("dnx");

        var init = user.Dotnet("dnx", "HandoffLint.Tool@" + _feed.Version, "--yes", "--", "init");
        HooksRunUnderSh(user, init, $"dotnet dnx HandoffLint.Tool@{_feed.Version} --yes --");
        init.StdOut.ShouldContain("dnx asks the package feed on every hook call");
    }

    [PackageFact]
    public void The_bare_native_binary_writes_hooks_that_name_it_by_path()
    {
        var user = _feed.CreateUser("binary");
        var binary = Path.Combine(user.Folder, "bin", "handofflint");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        using (var package = ZipFile.OpenRead(_feed.PackagePath("HandoffLint.Tool.linux-x64")))
        {
            package.GetEntry("tools/any/linux-x64/handofflint")!.ExtractToFile(binary);
        }

        if (!System.OperatingSystem.IsWindows()) File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var init = user.Run(binary, "init");
        HooksRunUnderSh(user, init, binary);
    }

    [PackageFact]
    public void The_framework_dependent_fallback_installs_runs_on_this_runtime_by_rolling_forward_and_its_hooks_run()
    {
        var (user, command) = InstallFallback("fallback");

        var init = user.Run(command, "init");
        HooksRunUnderSh(user, init, command);
    }

    [PackageFact]
    public void The_framework_dependent_fallback_runs_on_the_oldest_supported_runtime_alone()
    {
        var (user, command) = InstallFallback("fallback-net8");

        // A .NET installation that holds the oldest supported runtime and nothing newer (the installed SDK's host, and the
        // shared framework from NuGet's runtime pack of that version), where the user's shell finds it.
        var version = OldestRuntimeVersion;
        var root = DotnetRootWithOnly(user, version);
        user.MoreEnvironment["DOTNET_ROOT"] = root;
        user.MoreEnvironment["DOTNET_ROOT_X64"] = root;
        var runtimes = user.Run(Path.Combine(root, "dotnet"), "--list-runtimes");
        runtimes.StdOut.Trim().ShouldBe($"Microsoft.NETCore.App {version} [{Path.Combine(root, "shared", "Microsoft.NETCore.App")}]", runtimes.ToString());

        user.Run(command, "--version").StdOut.ShouldStartWith(_feed.Version);
        var init = user.Run(command, "init");
        HooksRunUnderSh(user, init, command);
    }

    /// <summary>The framework-dependent fallback installed with <c>--tool-path</c> from the feed that offers only it.</summary>
    private (UserMachine User, string Command) InstallFallback(string name)
    {
        var user = _feed.CreateUser(name, _feed.FallbackFeed);
        var tools = Path.Combine(user.Folder, "tools");
        var install = user.Dotnet("tool", "install", "HandoffLint.Tool", "--version", _feed.Version, "--tool-path", tools);
        install.ExitCode.ShouldBe(0, install.ToString());
        Directory.GetFiles(Path.Combine(tools, ".store"), "handofflint.dll", SearchOption.AllDirectories)
            .ShouldHaveSingleItem().Replace('\\', '/').ShouldContain("/tools/net8.0/any/");
        return (user, Path.Combine(tools, "handofflint"));
    }

    private static string OldestRuntimeVersion =>
        typeof(ToolInstallTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "OldestRuntimeVersion").Value!;

    /// <summary>A dotnet root with this SDK's host and only the shared framework <paramref name="version"/> (from its runtime pack).</summary>
    private static string DotnetRootWithOnly(UserMachine user, string version)
    {
        var project = Directory.CreateDirectory(Path.Combine(user.Folder, "runtime-pack")).FullName;
        File.WriteAllText(Path.Combine(project, "download.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Runtime.linux-x64" Version="[{version}]" /></ItemGroup>
            </Project>
            """);
        var packages = Path.Combine(user.Folder, "runtime-packages");
        // The machine's own NuGet sources (the user's nuget.config names only the release feed).
        var restore = ChildProcess.Run(ChildProcess.Dotnet, new[] { "restore", project, "--packages", packages }, project, null, UserMachine.RunTimeout, isolated: true);
        restore.ExitCode.ShouldBe(0, restore.ToString());
        var pack = Path.Combine(packages, "microsoft.netcore.app.runtime.linux-x64", version, "runtimes", "linux-x64");

        var root = Directory.CreateDirectory(Path.Combine(user.Folder, "dotnet-" + version)).FullName;
        var installed = Path.GetDirectoryName(ChildProcess.Dotnet)!;
        File.Copy(Path.Combine(installed, "dotnet"), Path.Combine(root, "dotnet"));
        CopyFolder(Path.Combine(installed, "host"), Path.Combine(root, "host"));
        var framework = Directory.CreateDirectory(Path.Combine(root, "shared", "Microsoft.NETCore.App", version)).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(pack, "lib", "net" + new System.Version(version).ToString(2))).Concat(Directory.GetFiles(Path.Combine(pack, "native"))))
        {
            File.Copy(file, Path.Combine(framework, Path.GetFileName(file)));
        }

        return root;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>
    /// init succeeded and wired the hooks with <paramref name="expectedPrefix"/>; the session start, run under sh, gives the
    /// note; after a code change the stop is blocked with the changed file named; lint through the same command is clean.
    /// </summary>
    private static void HooksRunUnderSh(UserMachine user, ChildProcessResult init, string expectedPrefix)
    {
        init.ExitCode.ShouldBe(0, init.ToString());
        init.StdOut.ShouldContain($"run as '{expectedPrefix} hook claude ...'");
        var stop = user.HookCommand("Stop");
        stop.ShouldBe(expectedPrefix + " hook claude stop");
        user.CommitAll();

        var start = user.Shell(user.HookCommand("SessionStart"), Payload(user, "SessionStart", "\"source\": \"startup\""));
        start.ExitCode.ShouldBe(0, start.ToString());
        start.StdOut.ShouldContain("docs/SESSION-HANDOFF.md is this project's handoff note", customMessage: start.ToString());

        user.Write("src/Program.cs", "System.Console.WriteLine(\"changed\");\n");
        var blocked = user.Shell(stop, Payload(user, "Stop", "\"stop_hook_active\": false"));
        blocked.ExitCode.ShouldBe(0, blocked.ToString());
        blocked.StdOut.ShouldContain("\"decision\":\"block\"", customMessage: blocked.ToString());
        blocked.StdOut.ShouldContain("Program.cs");

        var lint = user.Shell(expectedPrefix + " lint --no-git");
        lint.ExitCode.ShouldBe(0, lint.ToString());
        lint.StdOut.ShouldBe("docs/SESSION-HANDOFF.md: no problems found\n", lint.ToString());
    }

    private static string Payload(UserMachine user, string eventName, string more) =>
        $$"""{"session_id": "package-test", "hook_event_name": "{{eventName}}", "cwd": {{System.Text.Json.JsonSerializer.Serialize(user.Repository)}}, {{more}}}""";

    private static string? NativeBinaryUnder(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "handofflint", SearchOption.AllDirectories).FirstOrDefault(IsNative) : null;

    /// <summary>Whether the file (through any link) is an ELF executable and no managed assembly sits beside it: the Native AOT build.</summary>
    private static bool IsNative(string path)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        var magic = new byte[4];
        using (var stream = File.OpenRead(target)) stream.ReadExactly(magic);
        return magic.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }) && !File.Exists(Path.Combine(Path.GetDirectoryName(target)!, "handofflint.dll"));
    }
}
