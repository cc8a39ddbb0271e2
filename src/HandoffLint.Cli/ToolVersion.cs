using System.Reflection;

namespace HandoffLint.Cli;

/// <summary>The tool's version, as SARIF and JSON output report it.</summary>
internal static class ToolVersion
{
    /// <summary>The informational version without the source revision (<c>0.1.0</c>, not <c>0.1.0+abc123</c>).</summary>
    public static string Text { get; } = Read();

    /// <summary>Where a user finds out more about the tool.</summary>
    public const string InformationUri = HandoffLint.Diagnostics.HelpLinks.RepositoryUri;

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational)) return typeof(ToolVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = informational!.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
