using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace HandoffLint.Hooks;

/// <summary>
/// The JSON each agent expects back, in the shape its hooks reference documents. Codex validates hook output against strict
/// schemas (no unknown fields), so each shape carries exactly the fields the agent defines and nothing else.
/// </summary>
public static class HookOutput
{
    /// <summary>
    /// Context for the agent at session start: <c>hookSpecificOutput.additionalContext</c> (Claude Code, Codex, Gemini CLI) or
    /// <c>additional_context</c> (Cursor).
    /// </summary>
    public static string SessionContext(HookAgent agent, string context) => agent == HookAgent.Cursor
        ? Write(new CursorSessionStartAnswer(context), HookJsonContext.Compact.CursorSessionStartAnswer)
        : Write(new SessionStartAnswer(new SessionStartOutput(context)), HookJsonContext.Compact.SessionStartAnswer);

    /// <summary>
    /// Keep the agent working, with <paramref name="reason"/> as what it reads next: <c>decision: "block"</c> (Claude Code, Codex),
    /// <c>decision: "deny"</c> (Gemini CLI's AfterAgent, which sends the reason as a new prompt), or <c>followup_message</c>
    /// (Cursor, which submits it as the next user message).
    /// </summary>
    public static string ContinueWith(HookAgent agent, string reason) => agent switch
    {
        HookAgent.Cursor => Write(new CursorFollowUpAnswer(reason), HookJsonContext.Compact.CursorFollowUpAnswer),
        HookAgent.Gemini => Write(new DecisionAnswer("deny", reason), HookJsonContext.Compact.DecisionAnswer),
        _ => Write(new DecisionAnswer("block", reason), HookJsonContext.Compact.DecisionAnswer),
    };

    private static string Write<T>(T answer, JsonTypeInfo<T> shape) => JsonSerializer.Serialize(answer, shape) + "\n";

    /// <summary>Claude Code's, Codex's and Gemini CLI's SessionStart answer.</summary>
    internal sealed class SessionStartAnswer(SessionStartOutput hookSpecificOutput)
    {
        [JsonPropertyName("hookSpecificOutput")]
        public SessionStartOutput HookSpecificOutput { get; } = hookSpecificOutput;
    }

    /// <summary>The event-specific part of <see cref="SessionStartAnswer"/>.</summary>
    internal sealed class SessionStartOutput(string additionalContext)
    {
        [JsonPropertyName("hookEventName")]
        public string HookEventName => "SessionStart";

        [JsonPropertyName("additionalContext")]
        public string AdditionalContext { get; } = additionalContext;
    }

    /// <summary>Cursor's sessionStart answer.</summary>
    internal sealed class CursorSessionStartAnswer(string additionalContext)
    {
        [JsonPropertyName("continue")]
        public bool Continue => true;

        [JsonPropertyName("additional_context")]
        public string AdditionalContext { get; } = additionalContext;
    }

    /// <summary>A stop hook's "keep going" (Claude Code, Codex: <c>block</c>; Gemini CLI: <c>deny</c>).</summary>
    internal sealed class DecisionAnswer(string decision, string reason)
    {
        [JsonPropertyName("decision")]
        public string Decision { get; } = decision;

        [JsonPropertyName("reason")]
        public string Reason { get; } = reason;
    }

    /// <summary>Cursor's stop answer: the message it submits next.</summary>
    internal sealed class CursorFollowUpAnswer(string followUpMessage)
    {
        [JsonPropertyName("followup_message")]
        public string FollowUpMessage { get; } = followUpMessage;
    }
}
