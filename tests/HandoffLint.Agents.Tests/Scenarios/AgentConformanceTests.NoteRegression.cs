using System;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Agents.Tests.Harness;
using HandoffLint.Agents.Tests.ModelServer;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>A session must not leave the note worse than it found it.</summary>
public abstract partial class AgentConformanceTests
{
    [AgentFact]
    public async Task A_session_that_makes_the_note_worse_is_blocked_once_naming_the_new_findings()
    {
        await using var session = await StartAsync(Notes.Good(1, "Set up the sample project."));
        session.Script
            .Then(WriteCode(session))
            .Then(ModelReply.Call(new ToolCall.WriteFile(session.Workspace.PathOf(AgentWorkspace.NotePath), Notes.Worse)))
            .Then(ModelReply.Say("Bumped the version and noted it."))
            .Then(ModelReply.Say("I will leave the note as it is."));

        session.Run("Bump the version in src/app.txt and update the handoff note.");

        var context = session.Describe();
        var stops = session.Stops;
        stops.ShouldNotBeEmpty(context);
        stops[0].Blocked.ShouldBeTrue("a note rewritten into two undated lines is not let through\n" + context);
        stops[0].Reason!.ShouldContain("HL0024"); // the note follows none of the schema now
        session.Server.MainTurns.Any(t => t.LastUserText.Contains(stops[0].Reason!, StringComparison.Ordinal)).ShouldBeTrue(context);
        stops.Count(s => s.Blocked).ShouldBe(1, "blocked once, then let go\n" + context);
    }
}
