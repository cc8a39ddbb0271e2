using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint;

/// <summary>What one lint found.</summary>
public sealed class LintResult
{
    internal LintResult(ResolvedNote note, IReadOnlyList<Diagnostic> diagnostics)
    {
        Note = note;
        Diagnostics = diagnostics;
    }

    /// <summary>The note as it was resolved for this lint.</summary>
    public ResolvedNote Note { get; }

    /// <summary>The note's path as shown in diagnostics.</summary>
    public string Path => Note.DisplayPath;

    /// <summary>The repository root the note was judged in, or null outside a repository.</summary>
    public string? RepositoryRoot => Note.RepositoryRoot;

    /// <summary>The findings, in a deterministic order: by file, line, column, then ID.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The parsed note, or null when it could not be read.</summary>
    public HandoffDocument? Document => Note.Document;

    /// <summary>The options in effect, after <c>.editorconfig</c> and the front end's switches.</summary>
    public HandoffLintOptions Options => Note.Options;

    /// <summary>The <c>.editorconfig</c> files that were read, nearest first.</summary>
    public IReadOnlyList<string> ConfigurationFiles => Note.ConfigurationFiles;

    /// <summary>How many error-level findings.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>How many warning-level findings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
