using HandoffLint.Json;

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
    public static string SessionContext(HookAgent agent, string context)
    {
        var writer = new JsonWriter().StartObject();
        if (agent == HookAgent.Cursor)
        {
            writer.Property("continue", true).Property("additional_context", context);
        }
        else
        {
            writer.Name("hookSpecificOutput").StartObject()
                .Property("hookEventName", "SessionStart")
                .Property("additionalContext", context)
                .EndObject();
        }

        return writer.EndObject() + "\n";
    }

    /// <summary>
    /// Keep the agent working, with <paramref name="reason"/> as what it reads next: <c>decision: "block"</c> (Claude Code, Codex),
    /// <c>decision: "deny"</c> (Gemini CLI's AfterAgent, which sends the reason as a new prompt), or <c>followup_message</c>
    /// (Cursor, which submits it as the next user message).
    /// </summary>
    public static string ContinueWith(HookAgent agent, string reason)
    {
        var writer = new JsonWriter().StartObject();
        switch (agent)
        {
            case HookAgent.Cursor:
                writer.Property("followup_message", reason);
                break;
            case HookAgent.Gemini:
                writer.Property("decision", "deny").Property("reason", reason);
                break;
            default:
                writer.Property("decision", "block").Property("reason", reason);
                break;
        }

        return writer.EndObject() + "\n";
    }
}
