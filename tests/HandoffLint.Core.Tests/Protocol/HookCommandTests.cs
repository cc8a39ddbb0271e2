using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using HandoffLint.Rules.Protocol;

namespace HandoffLint.Tests.Protocol;

/// <summary>HL0041 on hook commands that cannot start HandoffLint in the agent's shell, and the shell quoting init writes them with.</summary>
public sealed class HookCommandTests
{
    private const string HowToCommand = ". Expected: a command the agent's shell can run however HandoffLint is installed; 'handofflint init' writes one for the install it was started from (global tool, tool manifest, --tool-path, binary), or pass it with --hook-command";

    private const string Manifest = """{ "version": 1, "isRoot": true, "tools": { "handofflint.tool": { "version": "1.2.3", "commands": [ "handofflint" ] } } }""";

    private static ProtocolRepository WithHooks(string sessionStart, string stop) =>
        new ProtocolRepository().Write("CLAUDE.md", ProtocolRepository.SeedProtocol).Write(".claude/settings.json", $$"""
            {
              "hooks": {
                "SessionStart": [ { "matcher": "startup|resume|clear|compact", "hooks": [ { "type": "command", "command": {{Json(sessionStart)}} } ] } ],
                "Stop": [ { "hooks": [ { "type": "command", "command": {{Json(stop)}} } ] } ]
              }
            }
            """);

    [Fact]
    public void A_path_that_does_not_exist_is_reported_at_the_command()
    {
        using var repository = WithHooks("/opt/nowhere/handofflint hook claude session-start", "/opt/nowhere/handofflint hook claude stop");

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json(3,111): warning HL0041: The SessionStart hook command cannot start HandoffLint: '/opt/nowhere/handofflint' does not exist on this machine" + HowToCommand,
            ".claude/settings.json(4,60): warning HL0041: The Stop hook command cannot start HandoffLint: '/opt/nowhere/handofflint' does not exist on this machine" + HowToCommand,
        });
    }

    [Fact]
    public void A_path_that_exists_passes_and_so_does_one_quoted_with_spaces()
    {
        using var repository = new ProtocolRepository();
        var binary = Path.Combine(repository.Root, "my tools", "handofflint");
        repository.Write("my tools/handofflint", "#!/bin/sh\n");
        using var wired = WithHooks(ShellWords.Quote(binary) + " hook claude session-start", ShellWords.Quote(binary) + " hook claude stop");

        wired.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void Dotnet_tool_run_without_a_manifest_is_reported_and_with_one_passes()
    {
        using var repository = WithHooks("dotnet tool run handofflint hook claude session-start", "dotnet tool run handofflint hook claude stop");

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json(3,111): warning HL0041: The SessionStart hook command cannot start HandoffLint: 'dotnet tool run handofflint' needs a tool manifest (dotnet-tools.json) that lists HandoffLint.Tool, and none at or above the repository root does" + HowToCommand,
            ".claude/settings.json(4,60): warning HL0041: The Stop hook command cannot start HandoffLint: 'dotnet tool run handofflint' needs a tool manifest (dotnet-tools.json) that lists HandoffLint.Tool, and none at or above the repository root does" + HowToCommand,
        });

        repository.Write(".config/dotnet-tools.json", Manifest);
        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void A_bare_name_is_reported_only_where_a_manifest_pins_the_tool()
    {
        using var repository = WithHooks("handofflint hook claude session-start", "handofflint hook claude stop");
        repository.Lint().ShouldBeEmpty(); // The agent's PATH decides; nothing here can tell.

        repository.Write("dotnet-tools.json", Manifest);

        repository.Lint().ShouldBe(new[]
        {
            ".claude/settings.json(3,111): warning HL0041: The SessionStart hook command cannot start HandoffLint: 'handofflint' is looked up on the PATH, but this repository pins HandoffLint.Tool in dotnet-tools.json, whose tools run as 'dotnet tool run handofflint'; where only the manifest was restored the shell answers 'handofflint: not found'" + HowToCommand,
            ".claude/settings.json(4,60): warning HL0041: The Stop hook command cannot start HandoffLint: 'handofflint' is looked up on the PATH, but this repository pins HandoffLint.Tool in dotnet-tools.json, whose tools run as 'dotnet tool run handofflint'; where only the manifest was restored the shell answers 'handofflint: not found'" + HowToCommand,
        });
    }

    [Fact]
    public void A_manifest_that_lists_other_tools_only_does_not_count()
    {
        using var repository = WithHooks("dotnet tool run handofflint hook claude session-start", "handofflint hook claude stop")
            .Write("dotnet-tools.json", """{ "version": 1, "isRoot": true, "tools": { "dotnet-ef": { "version": "8.0.0", "commands": [ "dotnet-ef" ] } } }""");

        repository.Lint().ShouldHaveSingleItem().ShouldContain("The SessionStart hook command cannot start HandoffLint: 'dotnet tool run handofflint' needs a tool manifest");
    }

    [Theory]
    [InlineData("\"$HOME/.dotnet/tools/handofflint\" hook claude stop", true)]
    [InlineData("${HOME}/.dotnet/tools/handofflint hook claude stop", true)]
    [InlineData("~/.dotnet/tools/handofflint hook claude stop", true)]
    [InlineData("\"$HOME/.dotnet/tools/handofflint\" hook claude stop", false)]
    public void The_home_folder_is_expanded_as_the_shell_expands_it(string command, bool installed)
    {
        using var home = new ProtocolRepository(withNote: false);
        if (installed) home.Write(".dotnet/tools/handofflint", "#!/bin/sh\n");
        var environment = new Dictionary<string, string?> { ["HOME"] = home.Root };

        var why = HookCommandResolver.WhyUnresolvable(command, home.Root, name => environment.TryGetValue(name, out var value) ? value : null);

        if (installed) why.ShouldBeNull();
        else why.ShouldBe("'$HOME/.dotnet/tools/handofflint' does not exist on this machine");
    }

    [Theory]
    [InlineData("dotnet dnx HandoffLint.Tool@1.2.3 --yes -- hook claude stop")]
    [InlineData("$SOME_TOOLS/handofflint hook claude stop")]
    [InlineData("cat docs/SESSION-HANDOFF.md")]
    public void Commands_that_cannot_be_judged_here_are_not_reported(string command)
    {
        using var repository = new ProtocolRepository();

        HookCommandResolver.WhyUnresolvable(command, repository.Root).ShouldBeNull();
    }

    [Fact]
    public void The_part_of_a_compound_command_that_runs_HandoffLint_is_the_one_judged()
    {
        using var repository = new ProtocolRepository();

        HookCommandResolver.WhyUnresolvable("cd \"$CLAUDE_PROJECT_DIR\" && FOO=1 ./tools/handofflint hook claude stop", repository.Root)
            .ShouldBe("'./tools/handofflint' does not exist on this machine");
        repository.Write("tools/handofflint", "#!/bin/sh\n");
        HookCommandResolver.WhyUnresolvable("cd \"$CLAUDE_PROJECT_DIR\" && FOO=1 ./tools/handofflint hook claude stop", repository.Root).ShouldBeNull();
    }

    [Theory]
    [InlineData("handofflint")]
    [InlineData("/home/ana/.dotnet/tools/handofflint")]
    [InlineData("/mnt/c/Program Files/HandoffLint/handofflint.exe")]
    [InlineData("it's $HOME and `date`; \"quoted\" \\ back")]
    [InlineData("")]
    public void A_quoted_word_reaches_the_program_unchanged_through_sh(string word)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf '%s' " + ShellWords.Quote(word));
        using var process = Process.Start(start)!;
        var printed = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        printed.ShouldBe(word);
        ShellWords.Segments("run " + ShellWords.Quote(word) + " && next").Select(words => string.Join("|", words)).ShouldBe(new[] { "run|" + word, "next" });
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
