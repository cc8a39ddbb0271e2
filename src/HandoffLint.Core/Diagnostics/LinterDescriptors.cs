namespace HandoffLint.Diagnostics;

/// <summary>Descriptors the linter reports itself, outside any rule.</summary>
internal static class LinterDescriptors
{
    /// <summary>A rule or the linter failed unexpectedly.</summary>
    public static DiagnosticDescriptor InternalError { get; } = new(
        RuleIds.InternalError,
        "HandoffLint failed unexpectedly",
        "HandoffLint failed while checking the note and could not finish: {0}. Please report this with the note attached if you can.",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning);

    /// <summary>An <c>.editorconfig</c> value HandoffLint reads is not valid; the default stays in force.</summary>
    public static DiagnosticDescriptor InvalidConfiguration { get; } = new(
        RuleIds.InvalidConfiguration,
        "Invalid HandoffLint configuration value",
        "'{0}' must be {1}; Actual: '{2}'. The default stays in force",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning);

    /// <summary>A file HandoffLint reads besides the note cannot be read: what it would have said is not in force.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } = new(
        RuleIds.FileUnreadable,
        "File around the note cannot be read",
        "'{0}' cannot be read: {1}; {2}",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning);
}
