namespace HandoffLint.Hooks;

/// <summary>The coding agents whose hook contracts HandoffLint speaks.</summary>
public enum HookAgent
{
    /// <summary>Claude Code (<c>.claude/settings.json</c>).</summary>
    Claude,

    /// <summary>OpenAI Codex CLI (<c>.codex/hooks.json</c>).</summary>
    Codex,

    /// <summary>Gemini CLI (<c>.gemini/settings.json</c>).</summary>
    Gemini,

    /// <summary>Cursor (<c>.cursor/hooks.json</c>).</summary>
    Cursor,
}

/// <summary>The moments of a session HandoffLint acts on, whatever each agent calls them.</summary>
public enum HookEvent
{
    /// <summary>A session starts, resumes, is cleared or continues after compaction: give the agent the note.</summary>
    SessionStart,

    /// <summary>The agent finished a response (Claude and Codex <c>Stop</c>, Gemini <c>AfterAgent</c>, Cursor <c>stop</c>): check the note.</summary>
    Stop,

    /// <summary>The context is about to be compacted (Gemini calls it <c>PreCompress</c>): check the note before the details are summarised away.</summary>
    PreCompact,
}

/// <summary>The names agents and the command line use for <see cref="HookAgent"/> and <see cref="HookEvent"/>.</summary>
public static class HookNames
{
    /// <summary>The agent's name on the command line: <c>claude</c>, <c>codex</c>, <c>gemini</c>, <c>cursor</c>.</summary>
    public static string CommandName(HookAgent agent) => agent switch
    {
        HookAgent.Codex => "codex",
        HookAgent.Gemini => "gemini",
        HookAgent.Cursor => "cursor",
        _ => "claude",
    };

    /// <summary>The event's name on the command line for <paramref name="agent"/> (Gemini's events keep Gemini's names).</summary>
    public static string CommandName(HookAgent agent, HookEvent hookEvent) => (agent, hookEvent) switch
    {
        (_, HookEvent.SessionStart) => "session-start",
        (HookAgent.Gemini, HookEvent.Stop) => "after-agent",
        (_, HookEvent.Stop) => "stop",
        (HookAgent.Gemini, HookEvent.PreCompact) => "pre-compress",
        _ => "pre-compact",
    };

    /// <summary>The event's name in the agent's own settings and payloads.</summary>
    public static string AgentEventName(HookAgent agent, HookEvent hookEvent) => (agent, hookEvent) switch
    {
        (HookAgent.Cursor, HookEvent.SessionStart) => "sessionStart",
        (HookAgent.Cursor, HookEvent.Stop) => "stop",
        (HookAgent.Cursor, HookEvent.PreCompact) => "preCompact",
        (HookAgent.Gemini, HookEvent.Stop) => "AfterAgent",
        (HookAgent.Gemini, HookEvent.PreCompact) => "PreCompress",
        (_, HookEvent.SessionStart) => "SessionStart",
        (_, HookEvent.Stop) => "Stop",
        _ => "PreCompact",
    };
}
