using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>
/// One request to the model, reduced to what the scenarios look at, whatever the wire protocol: the conversation's text by
/// role (tool results and system text included), the tools offered, and whether it is the agent's main loop.
/// </summary>
internal sealed class ModelTurn
{
    public ModelTurn(string protocol, string path, bool streaming, IReadOnlyList<string> toolNames, IReadOnlyList<(string Role, string Text)> messages, string systemText)
    {
        Protocol = protocol;
        Path = path;
        Streaming = streaming;
        ToolNames = toolNames;
        Messages = messages;
        SystemText = systemText;
    }

    /// <summary><c>anthropic</c>, <c>openai-responses</c> or <c>gemini</c>.</summary>
    public string Protocol { get; }

    /// <summary>The request path (with its query).</summary>
    public string Path { get; }

    /// <summary>Whether the agent asked for a streamed answer.</summary>
    public bool Streaming { get; }

    /// <summary>The names of the tools the request offers the model.</summary>
    public IReadOnlyList<string> ToolNames { get; }

    /// <summary>The conversation, oldest first: role (<c>user</c>, <c>assistant</c>, <c>tool</c>, <c>developer</c>...) and text.</summary>
    public IReadOnlyList<(string Role, string Text)> Messages { get; }

    /// <summary>Whether the request asks for a JSON answer (Gemini CLI's classifiers).</summary>
    public bool WantsJson { get; init; }

    /// <summary>The system prompt or instructions.</summary>
    public string SystemText { get; }

    /// <summary>
    /// The agent's own loop (the request offers tools that edit files or run commands), as opposed to side requests such as
    /// title generation, quota probes or classifiers.
    /// </summary>
    public bool IsMainLoop => ToolNames.Count > 0;

    /// <summary>
    /// Whether the agent asks the model to summarise the conversation for compaction (each agent's own compaction prompt,
    /// recognised by a phrase of it; see <see cref="CompactionMarkers"/>).
    /// </summary>
    public bool IsCompaction => CompactionMarkers.Any(marker => LastUserText.Contains(marker, StringComparison.OrdinalIgnoreCase) || SystemText.Contains(marker, StringComparison.OrdinalIgnoreCase));

    /// <summary>Phrases of the agents' compaction prompts (Claude Code, Codex, Gemini CLI), as seen in their requests.</summary>
    public static IReadOnlyList<string> CompactionMarkers { get; } = new[]
    {
        "detailed summary of the conversation",
        "CONTEXT CHECKPOINT COMPACTION",
        "state_snapshot",
    };

    /// <summary>Everything the model was shown, in one string, for searching.</summary>
    public string AllText => SystemText + "\n" + string.Join("\n", Messages.Select(m => m.Text));

    /// <summary>The text of the last user message (what the model answers now: a prompt, a tool result or a hook's reason).</summary>
    public string LastUserText => Messages.LastOrDefault(m => m.Role is "user" or "tool").Text ?? string.Empty;

    /// <summary>Whether the conversation contains <paramref name="text"/> anywhere (ordinal).</summary>
    public bool Mentions(string text) => AllText.Contains(text, StringComparison.Ordinal);
}
