using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>
/// A scripted stand-in for the three model APIs the agents speak (Anthropic Messages, OpenAI Responses, Gemini
/// generateContent), streaming as the real ones do, recording every request. It listens on a Unix socket; inside an agent's
/// network namespace the sandbox forwards 127.0.0.1 to it, so the agents only ever reach loopback.
/// </summary>
internal sealed class FakeModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = new();
    private readonly IReadOnlyList<IModelProtocol> _protocols = new IModelProtocol[] { new AnthropicProtocol(), new OpenAiResponsesProtocol(), new GeminiProtocol() };

    private FakeModelServer(string socketPath, ModelScript script)
    {
        SocketPath = socketPath;
        Script = script;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.ListenUnixSocket(socketPath));
        _app = builder.Build();
        _app.Run(HandleAsync);
    }

    /// <summary>The Unix socket the server listens on.</summary>
    public string SocketPath { get; }

    /// <summary>What the model says.</summary>
    public ModelScript Script { get; }

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_requests) return _requests.ToArray(); }
    }

    /// <summary>The requests that reached a model protocol (not probes of other paths).</summary>
    public IReadOnlyList<ModelTurn> Turns => Requests.Where(r => r.Turn is not null).Select(r => r.Turn!).ToArray();

    /// <summary>The main-loop requests (those offering the agent's tools).</summary>
    public IReadOnlyList<ModelTurn> MainTurns => Turns.Where(t => t.IsMainLoop).ToArray();

    public static async Task<FakeModelServer> StartAsync(string socketPath, ModelScript script)
    {
        if (File.Exists(socketPath)) File.Delete(socketPath);
        var server = new FakeModelServer(socketPath, script);
        await server._app.StartAsync();
        return server;
    }

    /// <summary>The requests in one readable block, for failure messages.</summary>
    public string Describe() => string.Join("\n", Requests.Select(r => r.ToString()));

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path + request.QueryString;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8)) body = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);

        var protocol = _protocols.FirstOrDefault(p => p.Handles(request.Method, request.Path));
        ModelTurn? turn = null;
        string replyShown;
        if (protocol is null)
        {
            // Model listings, telemetry and the like: nothing the scenarios script. Say so plainly, as a server would.
            replyShown = "404";
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("{\"error\":{\"message\":\"not served by the fake model server\"}}");
        }
        else
        {
            var json = string.IsNullOrWhiteSpace(body) ? new JsonObject() : JsonNode.Parse(body) as JsonObject ?? new JsonObject();
            var answer = protocol.TryAnswerDirectly(request.Path, json);
            if (answer is not null)
            {
                replyShown = answer;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(answer);
            }
            else
            {
                turn = protocol.Read(path, json);
                var reply = Script.Answer(turn);
                replyShown = reply.ToString();
                await protocol.WriteAsync(context, turn, reply);
            }
        }

        lock (_requests) _requests.Add(new RecordedRequest(DateTimeOffset.Now, request.Method, path, headers, body, turn, replyShown));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            File.Delete(SocketPath);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One model API: which requests it serves, how it reads them and how it answers.</summary>
internal interface IModelProtocol
{
    bool Handles(string method, string path);

    /// <summary>An answer that needs no script (token counts, model metadata), as JSON; null for a model turn.</summary>
    string? TryAnswerDirectly(string path, JsonObject body);

    ModelTurn Read(string path, JsonObject body);

    Task WriteAsync(HttpContext context, ModelTurn turn, ModelReply reply);
}
