using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint;

/// <summary>What one lint found.</summary>
public sealed class LintResult
{
    internal LintResult(string path, IReadOnlyList<Diagnostic> diagnostics, HandoffDocument? document, HandoffLintOptions options, IReadOnlyList<string> configurationFiles)
    {
        Path = path;
        Diagnostics = diagnostics;
        Document = document;
        Options = options;
        ConfigurationFiles = configurationFiles;
    }

    /// <summary>The note's path as shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The findings, in a deterministic order: by file, line, column, then ID.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The parsed note, or null when it could not be read.</summary>
    public HandoffDocument? Document { get; }

    /// <summary>The options in effect, after <c>.editorconfig</c> and the front end's switches.</summary>
    public HandoffLintOptions Options { get; }

    /// <summary>The <c>.editorconfig</c> files that were read, nearest first.</summary>
    public IReadOnlyList<string> ConfigurationFiles { get; }

    /// <summary>How many error-level findings.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many warning-level findings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
