using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using HandoffLint.Agents.Tests.Agents;
using HandoffLint.Agents.Tests.Harness;
using HandoffLint.Agents.Tests.ModelServer;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>
/// One scenario's world: a workspace wired by <c>handofflint init</c>, the agent configured against the fake model server,
/// and every run's output kept for the failure message.
/// </summary>
internal sealed class AgentSession : IAsyncDisposable
{
    private readonly StringBuilder _transcript = new();

    private AgentSession(AgentDriver driver, AgentWorkspace workspace, FakeModelServer server)
    {
        Driver = driver;
        Workspace = workspace;
        Server = server;
    }

    public AgentDriver Driver { get; }

    public AgentWorkspace Workspace { get; }

    public FakeModelServer Server { get; }

    public ModelScript Script => Server.Script;

    /// <summary>What <c>handofflint init</c> printed.</summary>
    public string InitOutput { get; private set; } = string.Empty;

    /// <summary>The hook calls so far.</summary>
    public IReadOnlyList<HookCall> Hooks => Workspace.HookCalls;

    /// <summary>The checks before stopping, in order.</summary>
    public IReadOnlyList<HookCall> Stops => Hooks.Where(h => h.IsStop).ToArray();

    /// <summary>The session-start calls, in order.</summary>
    public IReadOnlyList<HookCall> Starts => Hooks.Where(h => h.Event == "session-start").ToArray();

    /// <summary>The session ID the agent gave its hooks (the first call's), for resuming.</summary>
    public string SessionId => Hooks.Select(h => h.Payload["session_id"]?.GetValue<string>()).FirstOrDefault(id => id is not null)
        ?? throw new InvalidOperationException("No hook call carried a session_id.\n" + Describe());

    /// <summary>
    /// A repository with the note <paramref name="note"/> (committed), wired by <c>handofflint init</c> with
    /// <paramref name="initArguments"/> (committed), then <paramref name="afterInit"/> (an agent's manual step).
    /// </summary>
    public static async Task<AgentSession> StartAsync(AgentDriver driver, string note, string[] initArguments, Action<AgentWorkspace, string>? afterInit = null)
    {
        var workspace = new AgentWorkspace(driver.Name);
        try
        {
            workspace.Write(AgentWorkspace.NotePath, note);
            workspace.Commit("Handoff note of the last session");
            var init = workspace.Init(initArguments);
            workspace.Commit("Wire the handoff hooks");
            driver.Configure(workspace);
            afterInit?.Invoke(workspace, init.StdOut);
            var server = await FakeModelServer.StartAsync(workspace.ServerSocket, new ModelScript());
            return new AgentSession(driver, workspace, server) { InitOutput = init.StdOut };
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>Runs the agent once, headless, and requires it to finish (an agent trapped by a hook would time out).</summary>
    public ProcessResult Run(string prompt, string? resume = null)
    {
        var result = Driver.Run(Workspace, prompt, resume);
        _transcript.Append("==== ").Append(Driver.Name).Append(' ').Append(prompt).Append('\n').Append(result).Append('\n');
        result.TimedOut.ShouldBeFalse(Describe());
        return result;
    }

    /// <summary>Everything that happened, for a failure message: runs, model requests, hook calls.</summary>
    public string Describe() =>
        $"{_transcript}\n==== model requests\n{Server.Describe()}\n==== hook calls\n{string.Join("\n", Hooks.Select(h => h.ToString()))}";

    /// <summary>
    /// Where each hook call's wall time is appended (agent, version, event, milliseconds): the measured cost of a hook inside
    /// the real agents, which <c>benchmarks/README.md</c> reports. <c>HANDOFFLINT_HOOK_TIMINGS</c> moves it.
    /// </summary>
    public static string TimingsFile =>
        Environment.GetEnvironmentVariable("HANDOFFLINT_HOOK_TIMINGS") is { Length: > 0 } path ? path : System.IO.Path.Combine(AppContext.BaseDirectory, "hook-timings.tsv");

    public async ValueTask DisposeAsync()
    {
        // HANDOFFLINT_AGENT_DUMP=<folder>: keep each run's transcript and raw model requests there, for a person to read.
        if (Environment.GetEnvironmentVariable("HANDOFFLINT_AGENT_DUMP") is { Length: > 0 } dump)
        {
            System.IO.Directory.CreateDirectory(dump);
            System.IO.File.WriteAllText(
                System.IO.Path.Combine(dump, $"{Driver.Name}-{DateTime.Now:HHmmss}-{Guid.NewGuid():N}.txt".Substring(0, 24) + ".txt"),
                Describe() + "\n==== request bodies\n" + string.Join("\n", Server.Requests.Select(r => r.Path + "\n" + r.Body)));
        }

        var lines = Hooks.Select(h => string.Join('\t', Driver.Name, Driver.Version, h.Event, h.Elapsed.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)) + "\n");
        System.IO.File.AppendAllText(TimingsFile, string.Concat(lines));
        await Server.DisposeAsync();
        Workspace.Dispose();
    }
}
