using System.Linq;
using HandoffLint.Rules;

namespace HandoffLint.Tests.Protocol;

/// <summary>
/// The list the build's replay cache keys (<see cref="RuleInputFiles"/>) names files the rules really read: writing each one
/// changes what a lint finds. The rules take their paths from the same list, so it cannot leave one out.
/// </summary>
public sealed class RuleInputFilesTests
{
    public static TheoryData<string> InstructionFiles() => new(RuleInputFiles.AgentInstructions);

    public static TheoryData<string> SettingsFiles() => new(RuleInputFiles.ClaudeSettings);

    public static TheoryData<string> ToolManifests() => new(RuleInputFiles.FilesAtRootAndAbove);

    [Theory]
    [MemberData(nameof(InstructionFiles))]
    public void Each_listed_instruction_file_is_read(string file)
    {
        using var repository = new ProtocolRepository();
        var without = repository.Lint();

        repository.Write(file, ProtocolRepository.SeedProtocol);

        without.ShouldContain(line => line.Contains("HL0040"));
        repository.Lint().ShouldNotContain(line => line.Contains("HL0040"));
    }

    [Theory]
    [MemberData(nameof(SettingsFiles))]
    public void Each_listed_settings_file_is_read(string file)
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", ProtocolRepository.SeedProtocol).Write(RuleInputFiles.ClaudeFolder + "/agents/reviewer.md", "reviewer");
        var without = repository.Lint();

        repository.Write(file, ProtocolRepository.InitSettings);

        without.Where(line => line.Contains("HL0041")).ShouldNotBeEmpty();
        repository.Lint().ShouldBeEmpty();
    }

    [Fact]
    public void The_claude_folder_is_what_asks_for_hooks()
    {
        using var repository = new ProtocolRepository().Write("CLAUDE.md", ProtocolRepository.SeedProtocol);
        var without = repository.Lint();

        repository.Write(RuleInputFiles.ClaudeFolder + "/agents/reviewer.md", "reviewer");

        without.ShouldBeEmpty();
        repository.Lint().ShouldContain(line => line.Contains("HL0041"));
    }

    [Theory]
    [MemberData(nameof(ToolManifests))]
    public void Each_listed_tool_manifest_is_read(string file)
    {
        const string settings = """
            {
              "hooks": {
                "SessionStart": [ { "matcher": "startup|resume|clear|compact", "hooks": [ { "type": "command", "command": "dotnet tool run handofflint hook claude session-start" } ] } ],
                "Stop": [ { "hooks": [ { "type": "command", "command": "dotnet tool run handofflint hook claude stop" } ] } ]
              }
            }
            """;
        using var repository = new ProtocolRepository().Write("CLAUDE.md", ProtocolRepository.SeedProtocol).Write(RuleInputFiles.ClaudeSharedSettings, settings);
        var without = repository.Lint();

        repository.Write(file, """{ "version": 1, "isRoot": true, "tools": { "HandoffLint.Tool": { "version": "1.0.0", "commands": [ "handofflint" ] } } }""");

        without.Count(line => line.Contains("HL0041")).ShouldBe(2);
        repository.Lint().ShouldBeEmpty();
    }
}
