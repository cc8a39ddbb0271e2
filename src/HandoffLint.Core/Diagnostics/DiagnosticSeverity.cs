namespace HandoffLint.Diagnostics;

/// <summary>How much a finding matters, in the order of the Roslyn severities (<c>none</c> is lowest).</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule is turned off; no diagnostic is reported.</summary>
    None = 0,

    /// <summary>Shown as a hint; never fails a build.</summary>
    Suggestion = 1,

    /// <summary>Shown as a warning; fails a build only when warnings are treated as errors.</summary>
    Warning = 2,

    /// <summary>Shown as an error; fails the build and the CLI's exit code.</summary>
    Error = 3,
}

/// <summary>Converts severities to and from their <c>.editorconfig</c> spellings.</summary>
internal static class DiagnosticSeverityText
{
    /// <summary>The lower-case word used in <c>.editorconfig</c> and in output: <c>error</c>, <c>warning</c>, <c>suggestion</c> or <c>none</c>.</summary>
    public static string ToText(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "suggestion",
        _ => "none",
    };

    /// <summary>Parses an <c>.editorconfig</c> severity, accepting Roslyn's synonyms (<c>silent</c>, <c>info</c>, <c>hidden</c>).</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "suggestion":
            case "info": severity = DiagnosticSeverity.Suggestion; return true;
            case "none":
            case "silent":
            case "hidden": severity = DiagnosticSeverity.None; return true;
            default: severity = DiagnosticSeverity.None; return false;
        }
    }
}
