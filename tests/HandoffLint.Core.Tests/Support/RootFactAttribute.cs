using System;
using Xunit;

namespace HandoffLint.Tests.Support;

/// <summary>A fact that needs to run as root on Linux (changing a file's owner); skipped elsewhere with the reason.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RootFactAttribute : FactAttribute
{
    /// <summary>Skips unless this is Linux and the user is root.</summary>
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") Skip = "Giving a file to another user needs root on Linux.";
    }
}
