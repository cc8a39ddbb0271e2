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

    /// <summary>
    /// True when <see cref="Text"/> has had its byte order mark taken off already, so that a U+FEFF at its start is the note's
    /// own (the fixer's steps): by default a leading U+FEFF is read as the byte order mark, as from a file.
    /// </summary>
    internal bool KeepLeadingByteOrderMark { get; set; }

    /// <summary>The starting options; defaults to <see cref="HandoffLintOptions"/>'s defaults.</summary>
    public HandoffLintOptions? Options { get; set; }

    /// <summary>Read <c>.editorconfig</c> files from the note's folder upwards (on by default).</summary>
    public bool UseEditorConfig { get; set; } = true;

    /// <summary>Applied after <c>.editorconfig</c>: switches given on a command line or in MSBuild win over files.</summary>
    public Action<HandoffLintOptions>? Configure { get; set; }

    /// <summary>The repository root; found from the note's folder (the nearest folder with <c>.git</c>) when null.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>True when <see cref="RepositoryRoot"/> was searched for already (by <see cref="ForRepositoryNote"/>): a null root then means none was found.</summary>
    internal bool IsRepositoryRootSearched { get; private set; }

    /// <summary>
    /// The repository's own note: <paramref name="notePath"/> (by default <see cref="HandoffLintOptions.DefaultHandoffPath"/>)
    /// under the repository root found upwards from <paramref name="startFolder"/>, or under the start folder itself outside a
    /// repository. The root is searched once, here, and carried to the lint.
    /// </summary>
    public static LintRequest ForRepositoryNote(string startFolder, string? notePath = null)
    {
        if (startFolder is null) throw new ArgumentNullException(nameof(startFolder));
        var root = RepositoryLocator.FindRoot(startFolder);
        var fullPath = System.IO.Path.GetFullPath(System.IO.Path.Combine(root ?? System.IO.Path.GetFullPath(startFolder), notePath ?? HandoffLintOptions.DefaultHandoffPath));
        return new LintRequest(fullPath) { RepositoryRoot = root, IsRepositoryRootSearched = true };
    }
}
