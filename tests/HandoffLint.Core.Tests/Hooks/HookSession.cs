using System;
using System.IO;
using HandoffLint.Hooks;
using HandoffLint.Json;
using HandoffLint.Tests.Git;

namespace HandoffLint.Tests.Hooks;

/// <summary>
/// One agent session against a real git repository: payloads shaped as each agent's hooks reference documents them, fed to
/// <see cref="HookRunner"/> in-process (the CLI tests feed the same payloads to the real binary).
/// </summary>
internal sealed class HookSession : IDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public HookSession(string sessionId = "4f6c1c9e-2d0b-4b0e-9f63-0d6ad0c3a1b2")
    {
        SessionId = sessionId;
        Repository = GitTestRepository.Create();
        Repository.WriteNote("2026-11-22", 12).Write("src/app.cs", "class App {}\n").Commit("Start");
    }

    public GitTestRepository Repository { get; }

    public string SessionId { get; }

    public string Root => Repository.Root;

    public HookResponse Run(HookAgent agent, HookEvent hookEvent, string? input, bool blockCompaction = false) =>
        new HookRunner(new FixedClock(Today)).Run(new HookRequest(agent, hookEvent, input) { WorkingDirectory = Root, BlockCompaction = blockCompaction });

    public HookResponse Start(string source = "startup", HookAgent agent = HookAgent.Claude) => Run(agent, HookEvent.SessionStart, Payload(agent, HookEvent.SessionStart, source: source));

    public HookResponse Stop(bool active = false, HookAgent agent = HookAgent.Claude) => Run(agent, HookEvent.Stop, Payload(agent, HookEvent.Stop, stopHookActive: active));

    public HookResponse PreCompact(bool block = false) => Run(HookAgent.Claude, HookEvent.PreCompact, Payload(HookAgent.Claude, HookEvent.PreCompact), block);

    /// <summary>A payload as the agent sends it (Claude Code's common fields and the event's own; Cursor's names for Cursor).</summary>
    public string Payload(HookAgent agent, HookEvent hookEvent, string source = "startup", bool stopHookActive = false)
    {
        var writer = new JsonWriter().StartObject();
        if (agent == HookAgent.Cursor)
        {
            writer.Property(hookEvent == HookEvent.SessionStart ? "session_id" : "conversation_id", SessionId)
                .Property("generation_id", "gen-1")
                .Property("hook_event_name", HookNames.AgentEventName(agent, hookEvent))
                .Name("workspace_roots").StartArray().String(Root).EndArray();
            if (hookEvent == HookEvent.Stop) writer.Property("status", "completed").Property("loop_count", stopHookActive ? 1 : 0);
            return writer.EndObject().ToString();
        }

        writer.Property("session_id", SessionId)
            .Property("transcript_path", "/home/user/.claude/projects/demo/" + SessionId + ".jsonl")
            .Property("cwd", Root)
            .Property("hook_event_name", HookNames.AgentEventName(agent, hookEvent));
        switch (hookEvent)
        {
            case HookEvent.SessionStart:
                writer.Property("source", source);
                if (agent == HookAgent.Claude) writer.Property("model", "claude-sonnet-5");
                break;
            case HookEvent.Stop:
                writer.Property("permission_mode", "default").Property("stop_hook_active", stopHookActive).Property("last_assistant_message", "Done.");
                break;
            default:
                writer.Property("trigger", "manual").Property("custom_instructions", string.Empty);
                break;
        }

        return writer.EndObject().ToString();
    }

    public string StateFile => Path.Combine(Root, ".git", "handofflint", "sessions", SessionStateStore.FileNameOf(SessionId));

    public void Dispose() => Repository.Dispose();
}
