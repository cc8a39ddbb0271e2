using System.Linq;
using System.CommandLine;
using HandoffLint.Cli.Commands.Hooks;
using HandoffLint.Hooks;
using Shouldly;
using Xunit;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// The hook's direct path (no command tree, for speed) must read a command line exactly as the full parser does, and must
/// leave every other command line to the full parser.
/// </summary>
public class HookCommandLineTests
{
    public static TheoryData<string> PlainLines => new()
    {
        "hook claude session-start",
        "hook claude stop",
        "hook claude pre-compact",
        "hook claude pre-compact --block",
        "hook claude stop --max-blocks 3",
        "hook claude stop --note notes/HANDOFF.md --max-blocks 1",
        "hook claude stop --max-blocks 5 --note docs/x.md",
        "hook codex session-start --note docs/SESSION-HANDOFF.md",
        "hook codex stop",
        "hook codex pre-compact",
        "hook gemini session-start",
        "hook gemini after-agent --max-blocks 2",
        "hook gemini pre-compress",
        "hook cursor session-start",
        "hook cursor stop --note a.md",
        "hook cursor pre-compact",
        "hook claude stop --max-blocks zero",
    };

    [Theory]
    [MemberData(nameof(PlainLines))]
    public void Plain_lines_are_read_as_the_full_parser_reads_them(string line)
    {
        var args = line.Split(' ');
        HookCommand.TryParseDirect(args, out var agent, out var hookEvent, out var note, out var maxBlocks, out var block).ShouldBeTrue();

        var root = new RootCommand { HookCommand.Create() };
        var parsed = root.Parse(args);
        parsed.Errors.ShouldBeEmpty();
        parsed.UnmatchedTokens.ShouldBeEmpty();
        var eventCommand = parsed.CommandResult.Command;
        eventCommand.Name.ShouldBe(HookNames.CommandName(agent, hookEvent));
        eventCommand.Parents.OfType<Command>().Single().Name.ShouldBe(HookNames.CommandName(agent));
        note.ShouldBe(parsed.GetValue<string?>("--note"));
        maxBlocks.ShouldBe(eventCommand.Options.Any(o => o.Name == "--max-blocks") ? parsed.GetValue<string?>("--max-blocks") : null);
        block.ShouldBe(eventCommand.Options.Any(o => o.Name == "--block") && parsed.GetValue<bool>("--block"));
    }

    [Theory]
    [InlineData("hook")]
    [InlineData("hook claude")]
    [InlineData("hook claude stop --help")]
    [InlineData("hook claude stop -h")]
    [InlineData("hook claude stop --note=docs/x.md")]
    [InlineData("hook claude stop --note")]
    [InlineData("hook claude stop --note a.md --note b.md")]
    [InlineData("hook claude stop --max-blocks -1")]
    [InlineData("hook claude stop --block")]
    [InlineData("hook claude session-start --max-blocks 2")]
    [InlineData("hook codex pre-compact --block")]
    [InlineData("hook claude stop extra")]
    [InlineData("hook claude after-agent")]
    [InlineData("hook gemini stop")]
    [InlineData("hook Claude stop")]
    [InlineData("lint claude stop")]
    public void Other_lines_are_left_to_the_full_parser(string line) =>
        HookCommand.TryParseDirect(line.Split(' '), out _, out _, out _, out _, out _).ShouldBeFalse();
}
