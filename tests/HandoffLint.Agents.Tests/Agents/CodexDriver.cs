using System.Collections.Generic;
using System.IO;
using HandoffLint.Agents.Tests.Harness;

namespace HandoffLint.Agents.Tests.Agents;

/// <summary>
/// Codex CLI, headless (<c>codex exec</c>): the model is a custom Responses-API provider at loopback, set in
/// <c>$CODEX_HOME/config.toml</c> with update checks and analytics off; commands run unsandboxed (the namespace is the
/// sandbox) and without approval prompts.
/// </summary>
internal sealed class CodexDriver : AgentDriver
{
    public override string Name => "codex";

    public override string Package => "@openai/codex";

    /// <summary>Whether the user has trusted the project in <c>$CODEX_HOME/config.toml</c> (what Codex asks on first use).</summary>
    public bool TrustProject { get; set; } = true;

    /// <summary>Pass <c>--dangerously-bypass-hook-trust</c> (run hooks that were never reviewed in <c>/hooks</c>).</summary>
    public bool BypassHookTrust { get; set; }

    public string CodexHome(AgentWorkspace workspace) => Path.Combine(workspace.Home, ".codex");

    public override void Configure(AgentWorkspace workspace)
    {
        Directory.CreateDirectory(CodexHome(workspace));
        var config = $"""
            model = "gpt-conformance"
            model_provider = "conformance"
            check_for_update_on_startup = false

            [model_providers.conformance]
            name = "Conformance suite"
            base_url = "{LoopbackSandbox.ModelAddress}/v1"
            wire_api = "responses"
            env_key = "CONFORMANCE_API_KEY"
            requires_openai_auth = false
            request_max_retries = 0
            stream_max_retries = 0

            [analytics]
            enabled = false

            [feedback]
            enabled = false

            """;
        if (TrustProject) config += $"\n[projects.\"{workspace.Repository}\"]\ntrust_level = \"trusted\"\n";
        File.WriteAllText(Path.Combine(CodexHome(workspace), "config.toml"), config);
    }

    public override IReadOnlyList<string> Command(AgentWorkspace workspace, string prompt, string? resumeSession)
    {
        var command = new List<string> { "codex", "exec" };
        if (resumeSession is not null) command.AddRange(new[] { "resume", resumeSession });
        command.AddRange(new[] { "--json", "--dangerously-bypass-approvals-and-sandbox" });
        if (BypassHookTrust) command.Add("--dangerously-bypass-hook-trust");
        command.Add(prompt);
        return command;
    }

    public override IReadOnlyDictionary<string, string> Environment(AgentWorkspace workspace) => new Dictionary<string, string>
    {
        ["CODEX_HOME"] = CodexHome(workspace),
        ["CONFORMANCE_API_KEY"] = "sk-conformance-suite",
    };
}
