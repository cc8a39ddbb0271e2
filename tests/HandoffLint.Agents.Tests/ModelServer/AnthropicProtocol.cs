using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>Anthropic's Messages API (<c>POST /v1/messages</c>), streamed as server-sent events when asked, as Claude Code asks.</summary>
internal sealed class AnthropicProtocol : IModelProtocol
{
    private int _ids;

    public bool Handles(string method, string path) => path.StartsWith("/v1/messages", StringComparison.Ordinal);

    public string? TryAnswerDirectly(string path, JsonObject body) =>
        path.StartsWith("/v1/messages/count_tokens", StringComparison.Ordinal)
            ? new JsonObject { ["input_tokens"] = WireText.Tokens(body.ToJsonString()) }.ToJsonString()
            : null;

    public ModelTurn Read(string path, JsonObject body)
    {
        var messages = new List<(string, string)>();
        foreach (var message in (body["messages"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var role = message["role"]?.GetValue<string>() ?? "user";
            messages.Add((role, WireText.Of(message["content"])));
        }

        return new ModelTurn("anthropic", path, body["stream"]?.GetValue<bool>() == true, WireText.ToolNames(body["tools"]), messages, WireText.Of(body["system"]));
    }

    public async Task WriteAsync(HttpContext context, ModelTurn turn, ModelReply reply)
    {
        var id = Interlocked.Increment(ref _ids);
        var blocks = new List<JsonObject>();
        if (reply.Text.Length > 0) blocks.Add(new JsonObject { ["type"] = "text", ["text"] = reply.Text });
        var callNumber = 0;
        foreach (var call in reply.ToolCalls)
        {
            var (name, input) = Resolve(call, turn);
            blocks.Add(new JsonObject { ["type"] = "tool_use", ["id"] = $"toolu_{id:D4}_{++callNumber}", ["name"] = name, ["input"] = input });
        }

        var stopReason = reply.ToolCalls.Count > 0 ? "tool_use" : "end_turn";
        var usage = new JsonObject { ["input_tokens"] = WireText.Tokens(turn.AllText), ["output_tokens"] = 20 };
        if (!turn.Streaming)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(new JsonObject
            {
                ["id"] = $"msg_{id:D4}", ["type"] = "message", ["role"] = "assistant", ["model"] = "claude-fake",
                ["content"] = new JsonArray(blocks.Select(b => (JsonNode)b.DeepClone()).ToArray()),
                ["stop_reason"] = stopReason, ["stop_sequence"] = null, ["usage"] = usage,
            }.ToJsonString());
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        await WireText.EventAsync(response, "message_start", new JsonObject
        {
            ["type"] = "message_start",
            ["message"] = new JsonObject
            {
                ["id"] = $"msg_{id:D4}", ["type"] = "message", ["role"] = "assistant", ["model"] = "claude-fake", ["content"] = new JsonArray(),
                ["stop_reason"] = null, ["stop_sequence"] = null, ["usage"] = new JsonObject { ["input_tokens"] = usage["input_tokens"]!.GetValue<int>(), ["output_tokens"] = 1 },
            },
        });
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var isText = block["type"]!.GetValue<string>() == "text";
            var start = isText
                ? new JsonObject { ["type"] = "text", ["text"] = "" }
                : new JsonObject { ["type"] = "tool_use", ["id"] = block["id"]!.GetValue<string>(), ["name"] = block["name"]!.GetValue<string>(), ["input"] = new JsonObject() };
            await WireText.EventAsync(response, "content_block_start", new JsonObject { ["type"] = "content_block_start", ["index"] = index, ["content_block"] = start });
            var delta = isText
                ? new JsonObject { ["type"] = "text_delta", ["text"] = block["text"]!.GetValue<string>() }
                : new JsonObject { ["type"] = "input_json_delta", ["partial_json"] = block["input"]!.ToJsonString() };
            await WireText.EventAsync(response, "content_block_delta", new JsonObject { ["type"] = "content_block_delta", ["index"] = index, ["delta"] = delta });
            await WireText.EventAsync(response, "content_block_stop", new JsonObject { ["type"] = "content_block_stop", ["index"] = index });
        }

        await WireText.EventAsync(response, "message_delta", new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = stopReason, ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = 20 },
        });
        await WireText.EventAsync(response, "message_stop", new JsonObject { ["type"] = "message_stop" });
    }

    private static (string Name, JsonObject Input) Resolve(ToolCall call, ModelTurn turn) => call switch
    {
        ToolCall.WriteFile write => ("Write", new JsonObject { ["file_path"] = write.Path, ["content"] = write.Content }),
        ToolCall.Shell shell => ("Bash", new JsonObject { ["command"] = shell.Command, ["description"] = "Run a command" }),
        _ => throw new NotSupportedException(call.ToString()),
    };
}
