using System;
using System.Collections.Generic;
using HandoffLint.Json;

namespace HandoffLint.Rules.Protocol;

/// <summary>One Claude Code settings file: its JSON, or why it is not JSON.</summary>
internal sealed class ClaudeSettingsFile
{
    private ClaudeSettingsFile(string relativePath, JsonValue? root, JsonReaderException? error, bool unreadable)
    {
        RelativePath = relativePath;
        Root = root;
        Error = error;
        IsUnreadable = unreadable;
    }

    /// <summary>The file's path relative to the repository root.</summary>
    public string RelativePath { get; }

    /// <summary>The parsed JSON, or null when it does not parse.</summary>
    public JsonValue? Root { get; }

    /// <summary>Why the text is not JSON, when it is not.</summary>
    public JsonReaderException? Error { get; }

    /// <summary>The file exists but could not be read as UTF-8 text.</summary>
    public bool IsUnreadable { get; }

    /// <summary>The <c>hooks</c> member, when the file holds an object with one.</summary>
    public JsonMember? HooksMember => Root?.AsObject()?.Find("hooks");

    /// <summary>The <c>disableAllHooks</c> member, when it is the literal <c>true</c>.</summary>
    public JsonMember? DisableAllHooks => Root?.AsObject()?.Find("disableAllHooks") is { } member && member.Value.IsTrue ? member : null;

    /// <summary>Reads one settings file from its text (null when it could not be read).</summary>
    public static ClaudeSettingsFile Read(string relativePath, string? text)
    {
        if (text is null) return new ClaudeSettingsFile(relativePath, null, null, unreadable: true);
        return JsonReader.TryParse(text, out var root, out var error)
            ? new ClaudeSettingsFile(relativePath, root, null, false)
            : new ClaudeSettingsFile(relativePath, null, error, false);
    }

    /// <summary>The hook handlers this file runs on <paramref name="eventName"/>, in file order.</summary>
    public IEnumerable<ClaudeHookHandler> Handlers(string eventName)
    {
        if (HooksMember?.Value.AsObject()?.Find(eventName) is not { } eventMember) yield break;
        foreach (var group in eventMember.Value.AsArray()?.Items ?? Array.Empty<JsonValue>())
        {
            if (group.AsObject() is not { } groupObject) continue;
            var matcher = groupObject["matcher"];
            foreach (var handler in groupObject["hooks"]?.AsArray()?.Items ?? Array.Empty<JsonValue>())
            {
                if (handler.AsObject() is not { } handlerObject) continue;
                yield return new ClaudeHookHandler(this, eventName, eventMember, matcher, handlerObject);
            }
        }
    }
}
