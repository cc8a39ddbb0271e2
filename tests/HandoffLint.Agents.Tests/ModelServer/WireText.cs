using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>Small helpers the protocols share: text out of JSON content, and server-sent events.</summary>
internal static class WireText
{
    /// <summary>
    /// All the text in a content value: a string, an array of parts, or an object, collecting every string under keys that
    /// carry text (<c>text</c>, <c>content</c>, <c>output</c>, Gemini's <c>response</c>), recursively.
    /// </summary>
    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Collect(node, text);
        return text.ToString();
    }

    private static void Collect(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var s):
                if (text.Length > 0) text.Append('\n');
                text.Append(s);
                break;
            case JsonArray array:
                foreach (var item in array) Collect(item, text);
                break;
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (key is "text" or "content" or "output" or "response" or "result" or "parts" or "functionResponse" or "summary") Collect(child, text);
                }

                break;
        }
    }

    /// <summary>The names of the tools a request offers, whatever the nesting (Gemini nests them in <c>functionDeclarations</c>).</summary>
    public static IReadOnlyList<string> ToolNames(JsonNode? tools)
    {
        var names = new List<string>();
        if (tools is not JsonArray array) return names;
        foreach (var tool in array.OfType<JsonObject>())
        {
            if (tool["functionDeclarations"] is JsonArray declarations)
            {
                names.AddRange(declarations.OfType<JsonObject>().Select(d => d["name"]?.GetValue<string>()).OfType<string>());
            }
            else if (tool["name"]?.GetValue<string>() is { } name)
            {
                names.Add(name);
            }
            else if (tool["type"]?.GetValue<string>() is { } type)
            {
                names.Add(type);
            }
        }

        return names;
    }

    /// <summary>Writes one server-sent event and flushes it, as a streaming API does.</summary>
    public static async Task EventAsync(HttpResponse response, string? name, JsonNode data)
    {
        var frame = new StringBuilder();
        if (name is not null) frame.Append("event: ").Append(name).Append('\n');
        frame.Append("data: ").Append(data.ToJsonString()).Append("\n\n");
        await response.WriteAsync(frame.ToString());
        await response.Body.FlushAsync();
    }

    /// <summary>A rough token count (four characters a token), enough for agents that budget their context.</summary>
    public static int Tokens(string text) => System.Math.Max(1, text.Length / 4);
}
