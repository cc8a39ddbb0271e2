using System;
using System.Collections.Generic;
using HandoffLint.Agents.Tests.Harness;

namespace HandoffLint.Agents.Tests.Agents;

/// <summary>How to run one agent CLI headless against the fake model server, with everything but loopback turned off.</summary>
internal abstract class AgentDriver
{
    /// <summary>The agent's name on HandoffLint's command line (<c>claude</c>, <c>codex</c>, <c>gemini</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The npm package, whose version <c>agents/package.json</c> pins.</summary>
    public abstract string Package { get; }

    public string Version => AgentInstallation.PinnedVersion(Package);

    /// <summary>Writes the agent's user-level configuration into the workspace's home folder (model endpoint, no telemetry...).</summary>
    public abstract void Configure(AgentWorkspace workspace);

    /// <summary>The command line of one headless run with <paramref name="prompt"/>, continuing <paramref name="resumeSession"/> when given.</summary>
    public abstract IReadOnlyList<string> Command(AgentWorkspace workspace, string prompt, string? resumeSession);

    /// <summary>The environment variables the agent needs beyond the sandbox's clean set.</summary>
    public abstract IReadOnlyDictionary<string, string> Environment(AgentWorkspace workspace);

    /// <summary>How long one run may take before it is killed.</summary>
    public virtual TimeSpan Timeout => TimeSpan.FromMinutes(3);

    /// <summary>Runs the agent once, headless, in the sandbox.</summary>
    public ProcessResult Run(AgentWorkspace workspace, string prompt, string? resumeSession = null) =>
        LoopbackSandbox.Run(workspace, Command(workspace, prompt, resumeSession), Environment(workspace), Timeout);
}
