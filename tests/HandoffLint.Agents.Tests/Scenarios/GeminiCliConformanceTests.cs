using System;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Agents.Tests.Agents;
using HandoffLint.Agents.Tests.Harness;
using HandoffLint.Agents.Tests.ModelServer;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>The scenarios in Gemini CLI (<c>gemini -p</c>), wired by <c>handofflint init --agent gemini</c>, in a trusted folder.</summary>
[Trait("Category", "Agents")]
public sealed class GeminiCliConformanceTests : AgentConformanceTests
{
    private protected override AgentDriver CreateDriver() => new GeminiCliDriver();

    private protected override string[] InitArguments => new[] { "--agent", "gemini" };

    [AgentFact]
    public async Task A_resumed_session_is_not_told_of_a_compaction_that_did_not_happen()
    {
        await using var session = await StartAsync(Notes.Good(1, "Set up the sample project."));
        session.Script
            .Then(WriteCode(session))
            .Then(ModelReply.Say("Bumped the version."));
        session.Run("Bump the version in src/app.txt.");
        var firstRun = session.Server.Requests.Count;

        session.Script.Then(ModelReply.Say("Going on."));
        session.Run("Go on.", resume: "latest");

        var context = session.Describe();
        session.Server.Turns.Any(t => t.IsCompaction).ShouldBeFalse("Gemini CLI compressed nothing\n" + context);
        session.Starts.Count.ShouldBeGreaterThanOrEqualTo(2, "session start ran at startup and at resume\n" + context);
        var resumed = session.Server.Requests.Skip(firstRun).Select(r => r.Turn).OfType<ModelTurn>().Where(t => t.IsMainLoop).ToArray();
        resumed.ShouldNotBeEmpty(context);
        resumed.ShouldAllBe(t => !t.Mentions(CompactionClaim), "no compaction is claimed\n" + context);
    }
}
