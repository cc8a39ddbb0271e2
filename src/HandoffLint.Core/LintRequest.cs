using System;
using HandoffLint.Configuration;

namespace HandoffLint;

/// <summary>What to lint and how.</summary>
public sealed class LintRequest
{
    /// <summary>Lints the note at <paramref name="path"/> (absolute, or relative to the current folder).</summary>
    public LintRequest(string path) => Path = path ?? throw new ArgumentNullException(nameof(path));

    /// <summary>The note's path on disk; with <see cref="Text"/>, the virtual path the text stands for.</summary>
    public string Path { get; }

    /// <summary>How the path is shown in diagnostics; defaults to <see cref="Path"/>.</summary>
    public string? DisplayPath { get; set; }

    /// <summary>Text to lint instead of reading the file.</summary>
    public string? Text { get; set; }

    /// <summary>The starting options; defaults to <see cref="HandoffLintOptions"/>'s defaults.</summary>
    public HandoffLintOptions? Options { get; set; }

    /// <summary>Read <c>.editorconfig</c> files from the note's folder upwards (on by default).</summary>
    public bool UseEditorConfig { get; set; } = true;

    /// <summary>Applied after <c>.editorconfig</c>: switches given on a command line or in MSBuild win over files.</summary>
    public Action<HandoffLintOptions>? Configure { get; set; }

    /// <summary>The repository root; found from the note's folder (the nearest folder with <c>.git</c>) when null.</summary>
    public string? RepositoryRoot { get; set; }
}
