using System;
using System.Collections.Generic;
using System.IO;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Output;

/// <summary>One linted note as the output formats see it: the core's result, with severities as the command line set them.</summary>
internal sealed class LintReport
{
    public LintReport(LintResult result, string fullPath, string? repositoryRoot, IReadOnlyList<Diagnostic> diagnostics)
    {
        Result = result;
        FullPath = fullPath;
        RepositoryRoot = repositoryRoot;
        Diagnostics = diagnostics;
    }

    /// <summary>What the core found, unchanged.</summary>
    public LintResult Result { get; }

    /// <summary>The note as shown to people (relative to the current folder where possible).</summary>
    public string DisplayPath => Result.Path;

    /// <summary>The note's full path.</summary>
    public string FullPath { get; }

    /// <summary>The repository around the note, or null outside one.</summary>
    public string? RepositoryRoot { get; }

    /// <summary>The findings to print, after <c>--warnaserror</c>; findings at severity none are already gone.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The full path of the file a finding points at (the note, an <c>.editorconfig</c>, <c>CLAUDE.md</c>, ...).</summary>
    public string FullPathOf(SourceLocation location) =>
        string.Equals(location.Path, DisplayPath, StringComparison.Ordinal) ? FullPath : Path.GetFullPath(location.Path);

    /// <summary>How the file a finding points at is shown to people.</summary>
    public string DisplayPathOf(SourceLocation location) =>
        string.Equals(location.Path, DisplayPath, StringComparison.Ordinal) ? DisplayPath : DisplayPaths.FromCurrentFolder(location.Path);
}
