using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HandoffLint.Rules.Protocol;

namespace HandoffLint.Cli.Init;

/// <summary>
/// Merges HandoffLint's hooks into an agent's settings file (<see cref="AgentWiring"/>): every key and hook already there
/// stays, a hook that is there already is not added again, and a file that is not valid JSON (or not shaped as the agent
/// reads it) is refused with the reason, never rewritten.
/// </summary>
internal static class AgentHookSettings
{
    /// <summary>
    /// The settings text with the hooks merged in, started by <paramref name="tool"/>; the events that gained a hook; and the
    /// events whose HandoffLint hook could not start HandoffLint (HL0041: a path that is gone, a bare <c>handofflint</c> in a
    /// repository that pins the tool in a manifest) and now starts it as <paramref name="tool"/> says. The text is null when
    /// nothing changed (the file is then left byte for byte as it was).
    /// </summary>
    /// <exception cref="CliException">The existing text is not valid JSON, or not an object with an object of hooks.</exception>
    public static (string? Text, IReadOnlyList<string> AddedEvents, IReadOnlyList<string> UpdatedEvents) Merge(AgentWiring wiring, string? existingText, string shownAs, ToolInvocation tool, string projectFolder)
    {
        var root = Parse(existingText, shownAs);
        var hooks = root["hooks"];
        if (hooks is null)
        {
            hooks = new JsonObject();
            root["hooks"] = hooks;
        }
        else if (hooks is not JsonObject)
        {
            throw Refuse(shownAs, "\"hooks\" must be a JSON object of events; Actual: " + KindOf(hooks));
        }

        var added = new List<string>();
        var updated = new List<string>();
        foreach (var hook in wiring.Hooks)
        {
            var entries = hooks[hook.Event];
            if (entries is null)
            {
                entries = new JsonArray();
                hooks[hook.Event] = entries;
            }
            else if (entries is not JsonArray)
            {
                throw Refuse(shownAs, $"\"hooks.{hook.Event}\" must be a JSON array; Actual: " + KindOf(entries));
            }

            var list = (JsonArray)entries;
            if (FindHook(list, hook.Arguments) is { } existing)
            {
                if (Repaired(existing, hook.Arguments, tool, projectFolder)) updated.Add(hook.Event);
                continue;
            }

            var handler = new JsonObject();
            if (!wiring.FlatEntries) handler["type"] = "command";
            handler["command"] = tool.Command(hook.Arguments);
            foreach (var (name, value) in hook.Extra) handler[name] = value switch { int number => JsonValue.Create(number), _ => JsonValue.Create(value.ToString()) };
            if (wiring.FlatEntries)
            {
                list.Add((JsonNode)handler);
            }
            else
            {
                var entry = new JsonObject();
                if (hook.Matcher is not null) entry["matcher"] = hook.Matcher;
                entry["hooks"] = new JsonArray(handler);
                list.Add((JsonNode)entry);
            }

            added.Add(hook.Event);
        }

        if (added.Count == 0 && updated.Count == 0) return (null, added, updated);
        // Cursor's hooks file carries a schema version; keep the user's, else say 1.
        if (wiring.FlatEntries && root["version"] is null) root["version"] = 1;
        return (Write(root, existingText), added, updated);
    }

    private static JsonObject Parse(string? text, string shownAs)
    {
        // A missing or blank file holds no settings yet; there is nothing in it to lose.
        if (string.IsNullOrWhiteSpace(text)) return new JsonObject();
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text!, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
            throw Refuse(shownAs, $"it is not valid JSON{where}: {Reason(e.Message)}");
        }

        return node as JsonObject ?? throw Refuse(shownAs, "it must hold a JSON object; Actual: " + KindOf(node));
    }

    private static CliException Refuse(string shownAs, string why) =>
        new($"cannot add the hooks to '{shownAs}': {why}. The file was left untouched; fix it, or add the hooks by hand (see the README)");

    /// <summary>The hook of the event that already runs HandoffLint with <paramref name="arguments"/> (by any path, or via <c>dotnet</c>), or null.</summary>
    private static JsonObject? FindHook(JsonArray entries, string arguments)
    {
        var pattern = new Regex(@"handofflint.*(^|\s)" + Regex.Escape(arguments).Replace("\\ ", @"\s+") + @"(\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline);
        foreach (var entry in entries.OfType<JsonObject>())
        {
            // Nested entries ({matcher, hooks: [{command}]}) or flat ones ({command}, Cursor's).
            var handlers = entry["hooks"] is JsonArray nested ? nested.OfType<JsonObject>() : new[] { entry };
            foreach (var hook in handlers)
            {
                if (hook["command"] is JsonValue value && value.TryGetValue<string>(out var existing) && pattern.IsMatch(existing)) return hook;
            }
        }

        return null;
    }

    /// <summary>
    /// Points <paramref name="hook"/> at <paramref name="tool"/> when its command cannot start HandoffLint and is exactly one of
    /// the ways <c>init</c> starts it, then the arguments (and options such as <c>--block</c>). A command that works stays, and so
    /// does one the user wrote around HandoffLint (a wrapper script, <c>cd ... &amp;&amp;</c>).
    /// </summary>
    private static bool Repaired(JsonObject hook, string arguments, ToolInvocation tool, string projectFolder)
    {
        var command = hook["command"]!.GetValue<string>();
        if (HookCommandResolver.WhyUnresolvable(command, projectFolder) is null) return false;
        var launcher = new Regex(
            @"^\s*(?<prefix>dotnet\s+tool\s+run\s+handofflint|dotnet\s+dnx\s+\S+\s+--yes\s+--|dotnet\s+\S*handofflint\.dll['""]?|[""']?[^\s""';&|]*handofflint(\.exe)?[""']?)\s+"
            + Regex.Escape(arguments).Replace("\\ ", @"\s+") + @"(?<options>(\s+--[a-z-]+)*)\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var match = launcher.Match(command);
        if (!match.Success || match.Groups["prefix"].Value == tool.Prefix) return false;
        hook["command"] = tool.Command(arguments) + match.Groups["options"].Value;
        return true;
    }

    /// <summary>Indented like the file was (two spaces when it cannot tell), with its line endings and a final line ending.</summary>
    private static string Write(JsonObject root, string? existingText)
    {
        var newLine = existingText is not null && existingText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var (indentCharacter, indentSize) = DetectIndent(existingText);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentCharacter = indentCharacter,
            IndentSize = indentSize,
            NewLine = newLine,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            root.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + newLine;
    }

    private static (char Character, int Size) DetectIndent(string? text)
    {
        if (text is null) return (' ', 2);
        foreach (var line in text.Split('\n').Skip(1))
        {
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (indent == 0 || line.Trim().Length == 0) continue;
            return line[0] == '\t' ? ('\t', 1) : (' ', Math.Min(indent, 8));
        }

        return (' ', 2);
    }

    private static string Reason(string message)
    {
        // System.Text.Json appends " Path: $ | LineNumber: 2 | BytePositionInLine: 4." to its reason; the position is said already.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message.Substring(0, cut)).Trim().TrimEnd('.');
    }

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonObject => "an object",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };
}
