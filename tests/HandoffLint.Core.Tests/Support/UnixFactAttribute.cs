using System;
using Xunit;

namespace HandoffLint.Tests.Support;

/// <summary>A fact that needs Unix (file modes, links, shell scripts); skipped on Windows with the reason, never passed by returning early.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Skips on Windows, saying that Unix file modes and symbolic links without privileges are Unix-only.</summary>
    public UnixFactAttribute()
        : this("Unix file modes and symbolic links without privileges are Unix-only.")
    {
    }

    /// <summary>Skips on Windows with <paramref name="whyUnixOnly"/> as the reason.</summary>
    public UnixFactAttribute(string whyUnixOnly)
    {
        if (OperatingSystem.IsWindows()) Skip = whyUnixOnly;
    }
}
