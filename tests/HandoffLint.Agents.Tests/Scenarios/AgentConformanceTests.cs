using System;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Agents.Tests.Agents;
using HandoffLint.Agents.Tests.Harness;
using HandoffLint.Agents.Tests.ModelServer;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>
/// The scenarios every agent is held to, run in the real agent CLI against the fake model: each asserts on what the agent
/// sent the model (the note at session start, a block's reason) and on the hook calls (block, then let go). One subclass
/// per agent says how to run it and how <c>handofflint init</c> wires it.
/// </summary>
[Trait("Category", "Agents")]
public abstract partial class AgentConformanceTests
{
    /// <summary>How the session-start context wraps the note; its presence in a request is the note reaching the model.</summary>
    private protected const string NoteOpening = "<handoff-note path=\"docs/SESSION-HANDOFF.md\">";

    /// <summary>
    /// Whether <paramref name="turn"/> carries the note's opening tag: as written, or as Gemini CLI passes hook context on,
    /// with its angle brackets escaped inside its own <c>&lt;hook_context&gt;</c> wrapper.
    /// </summary>
    private protected static bool CarriesNote(ModelTurn turn) =>
        turn.Mentions(NoteOpening) || turn.Mentions(NoteOpening.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal));

    /// <summary>The stop hook's default loop limit (<c>--max-blocks</c>): blocks in a row without progress before it lets go.</summary>
    private protected const int DefaultMaxBlocks = 2;

    /// <summary>The words of the reminder that tells the model a compaction happened while the note was behind.</summary>
    private protected const string CompactionClaim = "When the context was compacted";

    private protected abstract AgentDriver CreateDriver();

    /// <summary>The arguments of <c>handofflint init</c> that wire this agent.</summary>
    private protected abstract string[] InitArguments { get; }

    /// <summary>A manual step the agent needs after <c>init</c> (given init's output, which must say so), or nothing.</summary>
    private protected virtual void AfterInit(AgentWorkspace workspace, string initOutput)
    {
    }

    private protected Task<AgentSession> StartAsync(string note) => AgentSession.StartAsync(CreateDriver(), note, InitArguments, AfterInit);

    internal static ModelReply WriteCode(AgentSession session, string version = "version 2\n") =>
        ModelReply.Call(new ToolCall.WriteFile(session.Workspace.PathOf("src/app.txt"), version));

    [AgentFact]
    public async Task A_session_that_changes_code_and_never_touches_the_note_is_blocked_then_let_go()
    {
        await using var session = await StartAsync(Notes.Good(1, "Set up the sample project."));
        session.Script
            .Then(WriteCode(session))
            .Then(ModelReply.Say("Bumped the version."))
            .Then(ModelReply.Say("I will leave the note for now."));

        session.Run("Bump the version in src/app.txt.");

        var context = session.Describe();
        session.Starts.ShouldNotBeEmpty("the session-start hook ran\n" + context);
        var first = session.Server.MainTurns.First();
        CarriesNote(first).ShouldBeTrue("the note reached the model with the first request\n" + context);
        first.Mentions("The sample project holds one file").ShouldBeTrue("the note's text reached the model\n" + context);

        var stops = session.Stops;
        stops.Count.ShouldBeGreaterThanOrEqualTo(2, context);
        stops[0].Blocked.ShouldBeTrue("the first stop is blocked: code changed, note untouched\n" + context);
        stops[0].Reason!.ShouldContain("src/app.txt");
        stops[0].Reason!.ShouldContain("unchanged since the session started");
        session.Server.MainTurns.Any(t => t.LastUserText.Contains(stops[0].Reason!, StringComparison.Ordinal))
            .ShouldBeTrue("the block's reason reached the model as its next input\n" + context);
        stops.Count(s => s.Blocked).ShouldBe(DefaultMaxBlocks, "blocked up to the loop limit (the model ignored each block), then let go\n" + context);
        stops[^1].Blocked.ShouldBeFalse(context);
        stops[^1].Error.ShouldContain("without progress", Case.Sensitive, "the let-go says why, on standard error\n" + context);
        session.Workspace.Read(AgentWorkspace.NotePath).ShouldBe(Notes.Good(1, "Set up the sample project."));
    }

    [AgentFact]
    public async Task A_session_that_rewrites_the_note_well_stops_without_a_block()
    {
        await using var session = await StartAsync(Notes.Good(1, "Set up the sample project."));
        var rewritten = Notes.Good(2, "Bumped the version in src/app.txt to 2.");
        session.Script
            .Then(WriteCode(session))
            .Then(ModelReply.Call(new ToolCall.WriteFile(session.Workspace.PathOf(AgentWorkspace.NotePath), rewritten)))
            .Then(ModelReply.Say("Bumped the version and rewrote the handoff note."));

        session.Run("Bump the version in src/app.txt, then rewrite the handoff note.");

        var context = session.Describe();
        session.Workspace.Read(AgentWorkspace.NotePath).ShouldBe(rewritten, context);
        session.Stops.ShouldNotBeEmpty("the stop check ran\n" + context);
        session.Stops.ShouldAllBe(stop => !stop.Blocked, context);
        session.Server.MainTurns.Count.ShouldBe(3, "no extra turn was forced\n" + context);
    }

    [AgentFact]
    public async Task A_block_answered_with_tool_calls_is_let_go_within_the_loop_limit()
    {
        await using var session = await StartAsync(Notes.Good(1, "Set up the sample project."));
        var answeredBlocks = 0;
        session.Script
            .When(
                turn => turn.IsMainLoop && turn.LastUserText.Contains("unchanged since the session started", StringComparison.Ordinal) && answeredBlocks < 6,
                _ => WriteCode(session, $"version {3 + answeredBlocks++}\n"))
            .Then(WriteCode(session))
            .Then(ModelReply.Say("Bumped the version."));

        session.Run("Bump the version in src/app.txt.");

        var context = session.Describe();
        var blocks = session.Stops.Count(s => s.Blocked);
        blocks.ShouldBeGreaterThanOrEqualTo(1, context);
        blocks.ShouldBeLessThanOrEqualTo(DefaultMaxBlocks, "the loop guard lets the agent go after at most 2 blocks without progress\n" + context);
        session.Stops[^1].Blocked.ShouldBeFalse(context);
    }

    [AgentFact]
    public async Task A_note_over_10000_characters_reaches_the_model_cut_at_a_line_end_and_saying_so()
    {
        var note = Notes.Long();
        note.Length.ShouldBeGreaterThan(10_000);
        await using var session = await StartAsync(note);
        session.Script.Then(ModelReply.Say("I have read the note."));

        session.Run("Read the handoff note.");

        var context = session.Describe();
        var start = session.Starts.ShouldHaveSingleItem(context);
        var delivered = start.Answer!["hookSpecificOutput"]!["additionalContext"]!.GetValue<string>();
        delivered.Length.ShouldBeLessThanOrEqualTo(10_000, "under the agents' cap on hook output");
        var first = session.Server.MainTurns.First();
        CarriesNote(first).ShouldBeTrue("the note itself reached the model, not a preview or a file path\n" + context);
        first.Mentions("Decision 1: keep the sample project small").ShouldBeTrue(context);
        first.Mentions("The last decision of the long note.").ShouldBeFalse("the note was cut\n" + context);
        first.Mentions("docs/SESSION-HANDOFF.md").ShouldBeTrue(context);
    }
}
