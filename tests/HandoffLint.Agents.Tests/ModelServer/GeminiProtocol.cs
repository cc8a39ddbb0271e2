using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>
/// Gemini's <c>models/{model}:generateContent</c>, <c>:streamGenerateContent</c> (server-sent events with <c>alt=sse</c>) and
/// <c>:countTokens</c>, as Gemini CLI calls them.
/// </summary>
internal sealed class GeminiProtocol : IModelProtocol
{
    public bool Handles(string method, string path) => path.Contains("/models/", StringComparison.Ordinal) && path.Contains(':', StringComparison.Ordinal);

    public string? TryAnswerDirectly(string path, JsonObject body) =>
        path.EndsWith(":countTokens", StringComparison.Ordinal)
            ? new JsonObject { ["totalTokens"] = WireText.Tokens(body.ToJsonString()) }.ToJsonString()
            : null;

    public ModelTurn Read(string path, JsonObject body)
    {
        var messages = new List<(string, string)>();
        foreach (var content in (body["contents"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var parts = content["parts"] as JsonArray ?? new JsonArray();
            var isToolResult = parts.OfType<JsonObject>().Any(p => p["functionResponse"] is not null);
            var role = isToolResult ? "tool" : content["role"]?.GetValue<string>() == "model" ? "assistant" : "user";
            messages.Add((role, WireText.Of(parts)));
        }

        var streaming = path.Contains(":streamGenerateContent", StringComparison.Ordinal);
        return new ModelTurn("gemini", path, streaming, WireText.ToolNames(body["tools"]), messages, WireText.Of(body["systemInstruction"]))
        {
            WantsJson = body["generationConfig"]?["responseMimeType"]?.GetValue<string>() == "application/json",
        };
    }

    public async Task WriteAsync(HttpContext context, ModelTurn turn, ModelReply reply)
    {
        var parts = new JsonArray();
        // Gemini CLI's side requests (next speaker, routing, loop checks) ask for JSON; they get a neutral answer that
        // hands the turn back to the user.
        if (turn.WantsJson && reply.ToolCalls.Count == 0) parts.Add(new JsonObject { ["text"] = JsonAnswer });
        else if (reply.Text.Length > 0) parts.Add(new JsonObject { ["text"] = reply.Text });
        foreach (var call in reply.ToolCalls)
        {
            var (name, args) = call switch
            {
                ToolCall.WriteFile write => ("write_file", new JsonObject { ["file_path"] = write.Path, ["content"] = write.Content }),
                ToolCall.Shell shell => ("run_shell_command", new JsonObject { ["command"] = shell.Command }),
                _ => throw new NotSupportedException(call.ToString()),
            };
            parts.Add(new JsonObject { ["functionCall"] = new JsonObject { ["name"] = name, ["args"] = args } });
        }

        var tokens = WireText.Tokens(turn.AllText);
        var chunk = new JsonObject
        {
            ["candidates"] = new JsonArray(new JsonObject
            {
                ["content"] = new JsonObject { ["role"] = "model", ["parts"] = parts },
                ["finishReason"] = "STOP",
                ["index"] = 0,
            }),
            ["usageMetadata"] = new JsonObject { ["promptTokenCount"] = tokens, ["candidatesTokenCount"] = 20, ["totalTokenCount"] = tokens + 20 },
            ["modelVersion"] = "gemini-fake",
        };

        if (!turn.Streaming)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(chunk.ToJsonString());
            return;
        }

        context.Response.ContentType = "text/event-stream";
        await WireText.EventAsync(context.Response, null, chunk);
    }

    private const string JsonAnswer = "{\"reasoning\":\"The model finished its turn.\",\"next_speaker\":\"user\",\"model_choice\":\"flash\",\"complexity_reasoning\":\"A small edit.\",\"complexity_score\":1,\"is_loop\":false,\"confidence\":0}";
}
