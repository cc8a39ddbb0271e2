using System.Linq;
using HandoffLint.Json;

namespace HandoffLint.Hooks.Tests;

public sealed class HookOutputTests
{
    [Theory]
    [InlineData(HookAgent.Claude, "{\"hookSpecificOutput\":{\"hookEventName\":\"SessionStart\",\"additionalContext\":\"a \\\"note\\\"\\nline\"}}\n")]
    [InlineData(HookAgent.Codex, "{\"hookSpecificOutput\":{\"hookEventName\":\"SessionStart\",\"additionalContext\":\"a \\\"note\\\"\\nline\"}}\n")]
    [InlineData(HookAgent.Gemini, "{\"hookSpecificOutput\":{\"hookEventName\":\"SessionStart\",\"additionalContext\":\"a \\\"note\\\"\\nline\"}}\n")]
    [InlineData(HookAgent.Cursor, "{\"continue\":true,\"additional_context\":\"a \\\"note\\\"\\nline\"}\n")]
    public void Session_context_takes_each_agents_shape(HookAgent agent, string expected) =>
        HookOutput.SessionContext(agent, "a \"note\"\nline").ShouldBe(expected);

    [Theory]
    [InlineData(HookAgent.Claude, "{\"decision\":\"block\",\"reason\":\"Rewrite it.\"}\n")]
    [InlineData(HookAgent.Codex, "{\"decision\":\"block\",\"reason\":\"Rewrite it.\"}\n")]
    [InlineData(HookAgent.Gemini, "{\"decision\":\"deny\",\"reason\":\"Rewrite it.\"}\n")]
    [InlineData(HookAgent.Cursor, "{\"followup_message\":\"Rewrite it.\"}\n")]
    public void Continuing_takes_each_agents_shape(HookAgent agent, string expected) =>
        HookOutput.ContinueWith(agent, "Rewrite it.").ShouldBe(expected);

    [Fact]
    public void Any_text_reaches_the_agent_unchanged_as_json_without_raw_control_characters()
    {
        const string text = "line one\nline \"two\"\t\\ \u0001 \u2028 <handoff-note path=\"a&b\"> What's é 😀";

        foreach (var output in new[] { HookOutput.SessionContext(HookAgent.Claude, text), HookOutput.ContinueWith(HookAgent.Gemini, text) })
        {
            output.TrimEnd('\n').ShouldNotContain(c => c < ' ', "JSON strings carry control characters escaped");
            var answer = JsonReader.Parse(output).AsObject()!;
            (answer["reason"] ?? answer["hookSpecificOutput"]!.AsObject()!["additionalContext"])!.AsString().ShouldBe(text);
        }

        HookOutput.ContinueWith(HookAgent.Claude, text).ShouldContain("<handoff-note path=\\\"a&b\\\"> What's é", customMessage: "markup, apostrophes and letters stay readable");
    }

    [Theory]
    [InlineData("{\"session_id\":\"s\",\"cwd\":\"/r\",\"source\":\"resume\",\"stop_hook_active\":true}", "s", "/r", "resume", true)]
    [InlineData("{\"conversation_id\":\"c\",\"workspace_roots\":[\"/w\",\"/x\"],\"loop_count\":2,\"status\":\"completed\"}", "c", "/w", null, true)]
    [InlineData("{\"session_id\":\"\",\"cwd\":\"\",\"stop_hook_active\":\"true\",\"loop_count\":0}", null, null, null, false)]
    public void Payload_fields_are_read_under_each_agents_names(string json, string? sessionId, string? cwd, string? source, bool continuing)
    {
        var payload = HookPayload.TryParse(json, out var problem)!;

        problem.ShouldBeNull();
        (payload.SessionId, payload.WorkingDirectory, payload.Source, payload.IsContinuationAfterBlock).ShouldBe((sessionId, cwd, source, continuing));
    }
}
