using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>OpenAI's Responses API (<c>POST /v1/responses</c>), streamed as server-sent events, as Codex CLI asks.</summary>
internal sealed class OpenAiResponsesProtocol : IModelProtocol
{
    private int _ids;

    public bool Handles(string method, string path) => method == "POST" && path.EndsWith("/responses", StringComparison.Ordinal);

    public string? TryAnswerDirectly(string path, JsonObject body) => null;

    public ModelTurn Read(string path, JsonObject body)
    {
        var messages = new List<(string, string)>();
        foreach (var item in (body["input"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var type = item["type"]?.GetValue<string>() ?? "message";
            var role = type switch
            {
                "message" => item["role"]?.GetValue<string>() ?? "user",
                "function_call_output" or "custom_tool_call_output" or "local_shell_call_output" => "tool",
                _ => "assistant",
            };
            messages.Add((role, WireText.Of(item)));
        }

        return new ModelTurn("openai-responses", path, body["stream"]?.GetValue<bool>() == true, WireText.ToolNames(body["tools"]), messages, WireText.Of(body["instructions"]));
    }

    public async Task WriteAsync(HttpContext context, ModelTurn turn, ModelReply reply)
    {
        var id = Interlocked.Increment(ref _ids);
        var items = new List<JsonObject>();
        if (reply.Text.Length > 0)
        {
            items.Add(new JsonObject
            {
                ["type"] = "message", ["id"] = $"msg_{id:D4}", ["role"] = "assistant", ["status"] = "completed",
                ["content"] = new JsonArray(new JsonObject { ["type"] = "output_text", ["text"] = reply.Text, ["annotations"] = new JsonArray() }),
            });
        }

        var callNumber = 0;
        foreach (var call in reply.ToolCalls)
        {
            var (name, arguments) = Resolve(call, turn);
            callNumber++;
            items.Add(new JsonObject
            {
                ["type"] = "function_call", ["id"] = $"fc_{id:D4}_{callNumber}", ["call_id"] = $"call_{id:D4}_{callNumber}",
                ["name"] = name, ["arguments"] = arguments.ToJsonString(), ["status"] = "completed",
            });
        }

        var inputTokens = WireText.Tokens(turn.AllText);
        var responseId = $"resp_{id:D4}";
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await WireText.EventAsync(response, "response.created", new JsonObject
        {
            ["type"] = "response.created",
            ["response"] = new JsonObject { ["id"] = responseId, ["object"] = "response", ["status"] = "in_progress", ["output"] = new JsonArray() },
        });
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            await WireText.EventAsync(response, "response.output_item.added", new JsonObject { ["type"] = "response.output_item.added", ["output_index"] = index, ["item"] = item.DeepClone() });
            if (item["type"]!.GetValue<string>() == "message")
            {
                await WireText.EventAsync(response, "response.output_text.delta", new JsonObject
                {
                    ["type"] = "response.output_text.delta", ["item_id"] = item["id"]!.GetValue<string>(), ["output_index"] = index, ["content_index"] = 0, ["delta"] = reply.Text,
                });
            }

            await WireText.EventAsync(response, "response.output_item.done", new JsonObject { ["type"] = "response.output_item.done", ["output_index"] = index, ["item"] = item.DeepClone() });
        }

        await WireText.EventAsync(response, "response.completed", new JsonObject
        {
            ["type"] = "response.completed",
            ["response"] = new JsonObject
            {
                ["id"] = responseId, ["object"] = "response", ["status"] = "completed",
                ["output"] = new JsonArray(items.Select(i => (JsonNode)i.DeepClone()).ToArray()),
                ["usage"] = new JsonObject
                {
                    ["input_tokens"] = inputTokens, ["input_tokens_details"] = new JsonObject { ["cached_tokens"] = 0 },
                    ["output_tokens"] = 20, ["output_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0 },
                    ["total_tokens"] = inputTokens + 20,
                },
            },
        });
    }

    /// <summary>Codex's shell tool has had several shapes; use whichever the request offers. Files are written through it.</summary>
    private static (string Name, JsonObject Arguments) Resolve(ToolCall call, ModelTurn turn)
    {
        var command = call switch
        {
            ToolCall.Shell shell => shell.Command,
            ToolCall.WriteFile write => $"mkdir -p \"$(dirname '{write.Path}')\" && cat > '{write.Path}' <<'HANDOFFLINT_EOF'\n{write.Content.TrimEnd('\n')}\nHANDOFFLINT_EOF",
            _ => throw new NotSupportedException(call.ToString()),
        };
        if (turn.ToolNames.Contains("exec_command")) return ("exec_command", new JsonObject { ["cmd"] = command });
        if (turn.ToolNames.Contains("shell_command")) return ("shell_command", new JsonObject { ["command"] = command });
        return ("shell", new JsonObject { ["command"] = new JsonArray("bash", "-lc", command) });
    }
}
