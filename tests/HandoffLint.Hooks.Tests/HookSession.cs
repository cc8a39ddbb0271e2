using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HandoffLint.Tests.Git;

namespace HandoffLint.Hooks.Tests;

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
        var payload = new JsonObject();
        if (agent == HookAgent.Cursor)
        {
            payload[hookEvent == HookEvent.SessionStart ? "session_id" : "conversation_id"] = SessionId;
            payload["generation_id"] = "gen-1";
            payload["hook_event_name"] = HookNames.AgentEventName(agent, hookEvent);
            payload["workspace_roots"] = new JsonArray(Root);
            if (hookEvent == HookEvent.Stop)
            {
                payload["status"] = "completed";
                payload["loop_count"] = stopHookActive ? 1 : 0;
            }

            return Json(payload);
        }

        payload["session_id"] = SessionId;
        payload["transcript_path"] = "/home/user/.claude/projects/demo/" + SessionId + ".jsonl";
        payload["cwd"] = Root;
        payload["hook_event_name"] = HookNames.AgentEventName(agent, hookEvent);
        switch (hookEvent)
        {
            case HookEvent.SessionStart:
                payload["source"] = source;
                if (agent == HookAgent.Claude) payload["model"] = "claude-sonnet-5";
                break;
            case HookEvent.Stop:
                payload["permission_mode"] = "default";
                payload["stop_hook_active"] = stopHookActive;
                payload["last_assistant_message"] = "Done.";
                break;
            default:
                payload["trigger"] = "manual";
                payload["custom_instructions"] = string.Empty;
                break;
        }

        return Json(payload);
    }

    /// <summary><paramref name="text"/> as a JSON string literal, quotes included, escaped the way <see cref="Payload"/> escapes it.</summary>
    public static string Quote(string text) => Json(JsonValue.Create(text));

    private static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public string StateFile => Path.Combine(Root, ".git", "handofflint", "sessions", SessionStateStore.FileNameOf(SessionId));

    public void Dispose() => Repository.Dispose();
}
