using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using HandoffLint.Cli.Init;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// How init finds the command that starts HandoffLint from an agent's hook, for each way of installing it. The package tests
/// (HandoffLint.Packaging.Tests) install the real packages and run what init writes; these pin the decision itself.
/// </summary>
public sealed class ToolInvocationTests
{
    private const string Home = "/home/ana";

    [Fact]
    public void A_global_tool_is_started_from_the_home_folder_whoever_the_user_is()
    {
        var tool = Detect("/home/ana/.dotnet/tools/.store/handofflint.tool/1.2.3/handofflint.tool.linux-x64/1.2.3/tools/any/linux-x64/");

        tool.Install.ShouldBe(ToolInstall.GlobalTool);
        tool.Command("hook claude stop").ShouldBe("\"$HOME/.dotnet/tools/handofflint\" hook claude stop");
        tool.Caveat.ShouldBeNull();
    }

    [Fact]
    public void A_global_tool_under_DOTNET_CLI_HOME_is_started_by_its_path()
    {
        var tool = ToolInvocation.Detect(new ProcessFacts("/srv/cli/.dotnet/tools/handofflint", "/srv/cli/.dotnet/tools/.store/handofflint.tool/1.2.3/handofflint.tool/1.2.3/tools/net8.0/any/", Home, "/srv/cli", IsWindows: false), Home);

        tool.Install.ShouldBe(ToolInstall.GlobalTool);
        tool.Prefix.ShouldBe("/srv/cli/.dotnet/tools/handofflint");
    }

    [Fact]
    public void A_tool_path_install_is_started_by_the_command_in_that_folder()
    {
        var tool = Detect("/opt/team tools/.store/handofflint.tool/1.2.3/handofflint.tool.any/1.2.3/tools/net8.0/any/", processPath: "/usr/share/dotnet/dotnet");

        tool.Install.ShouldBe(ToolInstall.ToolPath);
        tool.Prefix.ShouldBe("'/opt/team tools/handofflint'");
        tool.Caveat.ShouldNotBeNull().ShouldContain("by its path on this machine");
    }

    [Fact]
    public void A_package_run_from_the_cache_is_a_local_tool_where_a_manifest_lists_it_and_dnx_elsewhere()
    {
        using var repo = new TempFolder();
        const string cached = "/home/ana/.nuget/packages/handofflint.tool.linux-x64/1.2.3-beta.4/tools/any/linux-x64/";

        var dnx = Detect(cached, currentFolder: repo.Path);
        dnx.Install.ShouldBe(ToolInstall.Dnx);
        dnx.Prefix.ShouldBe("dotnet dnx HandoffLint.Tool@1.2.3-beta.4 --yes --");

        repo.Write(".config/dotnet-tools.json", """{ "version": 1, "isRoot": true, "tools": { "handofflint.tool": { "version": "1.2.3-beta.4", "commands": [ "handofflint" ] } } }""");
        repo.CreateFolder("src/deep");

        var local = Detect(cached, currentFolder: repo["src/deep"]);
        local.Install.ShouldBe(ToolInstall.LocalTool);
        local.Command("hook claude session-start").ShouldBe("dotnet tool run handofflint hook claude session-start");
    }

    [Fact]
    public void A_binary_is_started_by_its_path_and_a_framework_dependent_build_through_dotnet()
    {
        var binary = Detect("/work/bin/", processPath: "/work/bin/handofflint");
        binary.Install.ShouldBe(ToolInstall.Executable);
        binary.Prefix.ShouldBe("/work/bin/handofflint");

        var dll = Detect("/work/my build/bin/", processPath: "/usr/share/dotnet/dotnet");
        dll.Install.ShouldBe(ToolInstall.DotnetDll);
        dll.Prefix.ShouldBe("dotnet '/work/my build/bin/handofflint.dll'");
    }

    [Fact]
    public void Windows_paths_are_written_with_forward_slashes_for_the_agent_s_shell()
    {
        var tool = ToolInvocation.Detect(new ProcessFacts(@"C:\Users\ana\.dotnet\tools\handofflint.exe", @"C:\Users\ana\.dotnet\tools\.store\handofflint.tool\1.2.3\handofflint.tool.win-x64\1.2.3\tools\any\win-x64\", @"C:\Users\ana", null, IsWindows: true), Home);

        tool.Install.ShouldBe(ToolInstall.GlobalTool);
        tool.Prefix.ShouldBe("C:/Users/ana/.dotnet/tools/handofflint.exe");
    }

    /// <summary>
    /// The real process: init as this build was started (<c>dotnet handofflint.dll</c>), then the Stop hook exactly as Claude
    /// Code runs it, <c>sh -c "&lt;command&gt;"</c> in the project folder, with no folder on the PATH that holds a handofflint.
    /// </summary>
    [Fact]
    public void The_hooks_init_writes_run_under_sh_without_handofflint_on_the_PATH()
    {
        using var repo = new TempFolder();
        repo.GitInit();
        var init = CliProcess.Run(repo.Path, "init");
        init.ExitCode.ShouldBe(0, init.ToString());

        var hooks = JsonNode.Parse(repo.Read(".claude/settings.json"))!["hooks"]!;
        var stop = hooks["Stop"]![0]!["hooks"]![0]!["command"]!.GetValue<string>();
        stop.ShouldEndWith(" hook claude stop");
        stop.ShouldNotStartWith("handofflint ");

        var result = RunUnderSh(repo.Path, stop, """{"session_id":"s1","hook_event_name":"Stop","stop_hook_active":false}""");
        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldNotContain("not found");

        var sessionStart = hooks["SessionStart"]![0]!["hooks"]![0]!["command"]!.GetValue<string>();
        var context = RunUnderSh(repo.Path, sessionStart, """{"session_id":"s1","hook_event_name":"SessionStart","source":"startup"}""");
        context.ExitCode.ShouldBe(0, context.ToString());
        context.StdOut.ShouldContain("docs/SESSION-HANDOFF.md");
    }

    private static ToolInvocation Detect(string baseDirectory, string? processPath = null, string? currentFolder = null) =>
        ToolInvocation.Detect(new ProcessFacts(processPath ?? baseDirectory + "handofflint", baseDirectory, Home, null, IsWindows: false), currentFolder ?? Path.GetTempPath());

    private static CliResult RunUnderSh(string folder, string command, string payload)
    {
        var start = new ProcessStartInfo("sh") { WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Where(folderOnPath => folderOnPath.Length > 0 && !File.Exists(Path.Combine(folderOnPath, "handofflint")));
        start.Environment["PATH"] = string.Join(":", path);
        start.Environment["HANDOFFLINT_TODAY"] = CliProcess.Today;
        using var process = Process.Start(start)!;
        process.StandardInput.Write(payload);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr);
    }
}
