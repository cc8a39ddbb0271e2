using System.Linq;
using HandoffLint.Json;

namespace HandoffLint.Rules.Protocol;

/// <summary>One hook handler (<c>{"type": "command", "command": "..."}</c>) with the event and matcher it runs under.</summary>
internal sealed class ClaudeHookHandler
{
    private readonly JsonValue? _matcher;

    public ClaudeHookHandler(ClaudeSettingsFile file, string eventName, JsonMember eventMember, JsonValue? matcher, JsonObject handler)
    {
        File = file;
        EventName = eventName;
        EventMember = eventMember;
        _matcher = matcher;
        Handler = handler;
    }

    public ClaudeSettingsFile File { get; }

    public string EventName { get; }

    /// <summary>The event's member in the <c>hooks</c> object (where to point when the event's wiring is incomplete).</summary>
    public JsonMember EventMember { get; }

    /// <summary>Whether the handler's group fires for <paramref name="value"/> (a matcher that is not a string fires for nothing).</summary>
    public bool Covers(string value) =>
        _matcher is null || _matcher is JsonNull || (_matcher.AsString() is { } text && ClaudeSettings.MatcherCovers(text, value));

    public JsonObject Handler { get; }

    /// <summary>The handler type; Claude Code's default is <c>command</c>.</summary>
    public string Type => Handler["type"]?.AsString() ?? "command";

    /// <summary>The command string of a command handler.</summary>
    public JsonValue? CommandValue => Handler["command"];

    /// <summary>The command line with its arguments (exec form joins <c>args</c>), or the prompt of a prompt or agent handler.</summary>
    public string Text
    {
        get
        {
            var command = CommandValue?.AsString() ?? Handler["prompt"]?.AsString() ?? string.Empty;
            var args = Handler["args"]?.AsArray()?.Items.Select(a => a.AsString() ?? string.Empty);
            return args is null ? command : command + " " + string.Join(" ", args);
        }
    }
}
