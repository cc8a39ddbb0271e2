using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Hooks;

namespace HandoffLint.Cli.Init;

/// <summary>
/// One hook <c>init</c> wires: the agent's event name, its matcher (null for none), the arguments after the command that starts
/// HandoffLint (<see cref="ToolInvocation"/> decides that command, by how HandoffLint was installed), and extra fields.
/// </summary>
internal sealed record WiredHook(string Event, string? Matcher, string Arguments, IReadOnlyList<(string Name, object Value)> Extra);

/// <summary>
/// How one agent is wired, in the form that agent really runs (each was run headless by the conformance suite,
/// <c>tests/HandoffLint.Agents.Tests</c>): the settings file, the hooks, whether entries are nested (<c>{matcher, hooks: [...]}</c>)
/// or flat (Cursor's <c>{command}</c>), and a step the user must take by hand, if any.
/// </summary>
internal sealed record AgentWiring(HookAgent Agent, string SettingsPath, IReadOnlyList<WiredHook> Hooks, bool FlatEntries, string? ManualStep)
{
    /// <summary>Every agent <c>init --agent</c> knows, by its command-line name.</summary>
    public static IReadOnlyList<AgentWiring> All { get; } = new[]
    {
        // Claude Code: SessionStart runs on every source (regex matcher), Stop checks, PreCompact records for the compact start.
        new AgentWiring(HookAgent.Claude, ".claude/settings.json", new[]
        {
            Hook(HookAgent.Claude, HookEvent.SessionStart, "startup|resume|clear|compact"),
            Hook(HookAgent.Claude, HookEvent.Stop),
            Hook(HookAgent.Claude, HookEvent.PreCompact),
        }, FlatEntries: false, ManualStep: null),

        // Codex: hooks are on by default ([features] codex_hooks is deprecated, so no config.toml is written); project hooks
        // run only in a trusted project and only once reviewed, and `codex exec` skips unreviewed hooks without a word.
        new AgentWiring(HookAgent.Codex, ".codex/hooks.json", new[]
        {
            Hook(HookAgent.Codex, HookEvent.SessionStart),
            Hook(HookAgent.Codex, HookEvent.Stop),
            Hook(HookAgent.Codex, HookEvent.PreCompact),
        }, FlatEntries: false,
        ManualStep: "Codex runs a project's hooks only when the project is trusted and each hook has been reviewed: run `codex` in this repository, trust the project when asked, then type /hooks and trust the HandoffLint hooks. Until then every Codex session, `codex exec` included, skips them without a word; after any change to .codex/hooks.json, review them again."),

        // Gemini CLI compares lifecycle matchers as exact strings, so SessionStart has none (it runs on every source).
        // PreCompress is not wired: it fires before model requests that compress nothing, so it is no evidence of compaction.
        new AgentWiring(HookAgent.Gemini, ".gemini/settings.json", new[]
        {
            Hook(HookAgent.Gemini, HookEvent.SessionStart, extra: GeminiExtra(HookEvent.SessionStart)),
            Hook(HookAgent.Gemini, HookEvent.Stop, extra: GeminiExtra(HookEvent.Stop)),
        }, FlatEntries: false,
        ManualStep: "Gemini CLI runs project hooks only in a trusted folder: trust this folder when Gemini CLI asks (or add it to ~/.gemini/trustedFolders.json)."),

        // Cursor: flat entries; loop_limit is Cursor's own bound on follow-ups. Not run here: no Cursor CLI could be installed.
        new AgentWiring(HookAgent.Cursor, ".cursor/hooks.json", new[]
        {
            Hook(HookAgent.Cursor, HookEvent.SessionStart),
            Hook(HookAgent.Cursor, HookEvent.Stop, extra: new (string, object)[] { ("loop_limit", 3) }),
        }, FlatEntries: true,
        ManualStep: "Cursor's wiring follows Cursor's hooks documentation but was not run here (no Cursor CLI could be installed); check that the stop hook fires."),
    };

    /// <summary>The agents' command-line names, in the order <c>--help</c> shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(w => HookNames.CommandName(w.Agent)).ToArray();

    /// <summary>The wiring of the agent called <paramref name="name"/> on the command line, or null.</summary>
    public static AgentWiring? Find(string name) => All.FirstOrDefault(w => string.Equals(HookNames.CommandName(w.Agent), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The arguments a hook passes to HandoffLint: <c>hook claude stop</c>.</summary>
    public static string ArgumentsFor(HookAgent agent, HookEvent hookEvent) =>
        "hook " + HookNames.CommandName(agent) + " " + HookNames.CommandName(agent, hookEvent);

    private static WiredHook Hook(HookAgent agent, HookEvent hookEvent, string? matcher = null, IReadOnlyList<(string, object)>? extra = null) =>
        new(HookNames.AgentEventName(agent, hookEvent), matcher, ArgumentsFor(agent, hookEvent), extra ?? Array.Empty<(string, object)>());

    /// <summary>Gemini CLI names each hook (its warnings and <c>/hooks</c> list show the name) and times out in milliseconds.</summary>
    private static IReadOnlyList<(string, object)> GeminiExtra(HookEvent hookEvent) =>
        new (string, object)[] { ("name", "handofflint-" + HookNames.CommandName(HookAgent.Gemini, hookEvent)), ("timeout", 10000) };
}
