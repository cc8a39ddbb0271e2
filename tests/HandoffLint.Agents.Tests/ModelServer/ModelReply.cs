using System.Collections.Generic;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>What the fake model answers, before a protocol puts it on the wire: some text, or tool calls.</summary>
internal sealed class ModelReply
{
    private ModelReply(string text, IReadOnlyList<ToolCall> toolCalls)
    {
        Text = text;
        ToolCalls = toolCalls;
    }

    /// <summary>The answer's text (may be empty when it only calls tools).</summary>
    public string Text { get; }

    /// <summary>The tool calls, in order.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; }

    public static ModelReply Say(string text) => new(text, System.Array.Empty<ToolCall>());

    public static ModelReply Call(params ToolCall[] calls) => new(string.Empty, calls);

    public override string ToString() => ToolCalls.Count == 0 ? "say: " + Text : "call: " + string.Join(", ", ToolCalls);
}

/// <summary>
/// A tool call in neutral form. Each protocol turns it into the agent's own tool: a file write becomes Claude Code's
/// <c>Write</c>, Gemini CLI's <c>write_file</c>, Codex's shell; a command becomes <c>Bash</c>, <c>run_shell_command</c> or Codex's
/// shell.
/// </summary>
internal abstract record ToolCall
{
    /// <summary>Write <paramref name="Content"/> to <paramref name="Path"/> (absolute).</summary>
    public sealed record WriteFile(string Path, string Content) : ToolCall;

    /// <summary>Run <paramref name="Command"/> in the agent's shell, in its working folder.</summary>
    public sealed record Shell(string Command) : ToolCall;
}
