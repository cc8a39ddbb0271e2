using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Agents.Tests.Agents;
using HandoffLint.Agents.Tests.Harness;
using HandoffLint.Agents.Tests.ModelServer;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>The scenarios in Claude Code (<c>claude -p</c>), wired by plain <c>handofflint init</c>.</summary>
[Trait("Category", "Agents")]
public sealed class ClaudeCodeConformanceTests : AgentConformanceTests
{
    private protected override AgentDriver CreateDriver() => new ClaudeCodeDriver();

    private protected override string[] InitArguments => System.Array.Empty<string>();

    [AgentFact]
    public async Task Compaction_with_the_note_behind_is_told_to_the_model_after_the_compact_session_start()
    {
        await using var session = await StartAsync(Notes.Good(1, "Set up the sample project."));
        session.Script
            .Then(ModelReply.Call(new ToolCall.WriteFile(session.Workspace.PathOf("src/app.txt"), "version 2\n")))
            .Then(ModelReply.Say("Bumped the version."))
            .Then(ModelReply.Say("I will leave the note for now."));
        session.Run("Bump the version in src/app.txt.");
        var id = session.SessionId;

        session.Run("/compact", resume: id);
        var afterCompaction = session.Server.Requests.Count;
        session.Script.Then(ModelReply.Say("Going on."));
        session.Run("Go on.", resume: id);

        var context = session.Describe();
        session.Server.Turns.Any(t => t.IsCompaction).ShouldBeTrue("Claude Code asked the model for a summary\n" + context);
        session.Hooks.Any(h => h.Event == "pre-compact").ShouldBeTrue(context);
        var compactStart = session.Starts.LastOrDefault(h => h.Payload["source"]?.GetValue<string>() == "compact");
        compactStart.ShouldNotBeNull("a session start with source 'compact' followed the compaction\n" + context);
        var next = session.Server.Requests.Skip(afterCompaction).Select(r => r.Turn).OfType<ModelTurn>().First(t => t.IsMainLoop);
        next.Mentions(CompactionClaim).ShouldBeTrue("the model was told the note was behind when the context was compacted\n" + context);
        CarriesNote(next).ShouldBeTrue("the note is back in the context after compaction\n" + context);
    }
}
