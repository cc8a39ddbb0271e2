using System;

[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>
/// A scenario run in a real agent: skipped, with the reason, where the suite cannot run (no node or npm, no network
/// namespaces). Agent runs take seconds each and share two cores, so the assembly runs them one at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AgentFactAttribute : FactAttribute
{
    public AgentFactAttribute()
    {
        if (AgentInstallation.SkipReason is { } reason) Skip = reason;
    }
}
