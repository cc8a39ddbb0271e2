using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HandoffLint.Cli.Init;

/// <summary>
/// Merges HandoffLint's hooks into an agent's settings file (<see cref="AgentWiring"/>): every key and hook already there
/// stays, a hook that is there already is not added again, and a file that is not valid JSON (or not shaped as the agent
/// reads it) is refused with the reason, never rewritten.
/// </summary>
internal static class AgentHookSettings
{
    /// <summary>
    /// The settings text with the hooks merged in, and the events that gained a hook; the text is null when nothing needed
    /// adding (the file is then left byte for byte as it was).
    /// </summary>
    /// <exception cref="CliException">The existing text is not valid JSON, or not an object with an object of hooks.</exception>
    public static (string? Text, IReadOnlyList<string> AddedEvents) Merge(AgentWiring wiring, string? existingText, string shownAs)
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
            if (HasCommand(list, hook.Command)) continue;
            var handler = new JsonObject();
            if (!wiring.FlatEntries) handler["type"] = "command";
            handler["command"] = hook.Command;
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

        if (added.Count == 0) return (null, added);
        // Cursor's hooks file carries a schema version; keep the user's, else say 1.
        if (wiring.FlatEntries && root["version"] is null) root["version"] = 1;
        return (Write(root, existingText), added);
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

    /// <summary>Whether an entry of the event already runs the command (also as a path such as <c>/usr/local/bin/handofflint</c> or via <c>dotnet</c>).</summary>
    private static bool HasCommand(JsonArray entries, string command)
    {
        var arguments = command.Substring("handofflint".Length).Trim();
        var pattern = new Regex(@"(^|[\s/\\""'])handofflint(\.exe)?[""']?\s+" + Regex.Escape(arguments).Replace("\\ ", @"\s+") + @"(\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        foreach (var entry in entries.OfType<JsonObject>())
        {
            // Nested entries ({matcher, hooks: [{command}]}) or flat ones ({command}, Cursor's).
            var handlers = entry["hooks"] is JsonArray nested ? nested.OfType<JsonObject>() : new[] { entry };
            foreach (var hook in handlers)
            {
                if (hook["command"] is JsonValue value && value.TryGetValue<string>(out var existing) && pattern.IsMatch(existing)) return true;
            }
        }

        return false;
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
