using HandoffLint.Hooks;

namespace HandoffLint.Tests.Hooks;

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
