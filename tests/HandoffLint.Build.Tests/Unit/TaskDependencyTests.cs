using System;
using System.Linq;

namespace HandoffLint.Build.Tests.Unit;

/// <summary>What the MSBuild task loads: the core, never a front end's code such as the agent hooks.</summary>
public sealed class TaskDependencyTests
{
    [Fact]
    public void The_task_and_the_core_it_loads_hold_no_hook_code()
    {
        var task = typeof(WarningCodeList).Assembly; // not the task type itself: its base class is MSBuild's, which only MSBuild provides
        var core = typeof(HandoffLinter).Assembly;

        task.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("HandoffLint.Hooks");
        core.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("HandoffLint.Hooks");
        core.GetTypes().ShouldNotContain(t => t.Namespace != null && t.Namespace.StartsWith("HandoffLint.Hooks", StringComparison.Ordinal));
    }
}
