using System.Collections.Generic;
using System.IO;
using HandoffLint.Agents.Tests.Harness;

namespace HandoffLint.Agents.Tests.Agents;

/// <summary>
/// Claude Code, headless (<c>claude -p</c>): the model is <c>ANTHROPIC_BASE_URL</c>; auto-update, telemetry, error reporting
/// and every other non-essential request are off by its own switches (and the namespace stops anything that slips through).
/// </summary>
internal sealed class ClaudeCodeDriver : AgentDriver
{
    public override string Name => "claude";

    public override string Package => "@anthropic-ai/claude-code";

    public override void Configure(AgentWorkspace workspace) => Directory.CreateDirectory(Path.Combine(workspace.Home, ".claude"));

    public override IReadOnlyList<string> Command(AgentWorkspace workspace, string prompt, string? resumeSession)
    {
        var command = new List<string> { "claude", "-p", prompt, "--output-format", "stream-json", "--verbose", "--allowedTools", "Write Edit Read Bash" };
        if (resumeSession is not null) command.AddRange(new[] { "--resume", resumeSession });
        return command;
    }

    public override IReadOnlyDictionary<string, string> Environment(AgentWorkspace workspace) => new Dictionary<string, string>
    {
        ["ANTHROPIC_BASE_URL"] = LoopbackSandbox.ModelAddress,
        ["ANTHROPIC_API_KEY"] = "sk-ant-conformance-suite",
        ["CLAUDE_CONFIG_DIR"] = Path.Combine(workspace.Home, ".claude"),
        ["CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC"] = "1",
        ["DISABLE_AUTOUPDATER"] = "1",
        ["DISABLE_TELEMETRY"] = "1",
        ["DISABLE_ERROR_REPORTING"] = "1",
        ["CLAUDE_CODE_ENABLE_TELEMETRY"] = "0",
    };
}
