using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration.EditorConfig;

namespace HandoffLint.Git;

/// <summary>
/// Which paths count as work that the note should follow: every path except the note itself and the
/// <c>handofflint.ignored_paths</c> globs (documentation, generated files). Globs use <c>.editorconfig</c> syntax and are
/// matched against paths relative to the repository root; a glob without a slash matches a file name in any folder.
/// </summary>
internal sealed class GitPathFilter
{
    private readonly EditorConfigGlob[] _ignored;

    /// <summary>Creates a filter for the note at <paramref name="notePath"/> (relative to the repository root).</summary>
    public GitPathFilter(string notePath, IEnumerable<string>? ignoredGlobs = null)
    {
        NotePath = Normalize(notePath ?? throw new ArgumentNullException(nameof(notePath)));
        IgnoredGlobs = (ignoredGlobs ?? Array.Empty<string>()).Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).ToArray();
        // An unusable glob (an unclosed brace) ignores nothing rather than everything: the rules then err toward reporting.
        _ignored = IgnoredGlobs.Select(EditorConfigGlob.TryCreate).Where(g => g is not null).Select(g => g!).ToArray();
    }

    /// <summary>The note's path, '/'-separated, relative to the repository root.</summary>
    public string NotePath { get; }

    /// <summary>The globs of paths that never require a note update.</summary>
    public IReadOnlyList<string> IgnoredGlobs { get; }

    /// <summary>Whether <paramref name="path"/> is the note.</summary>
    public bool IsNote(string path) => string.Equals(Normalize(path), NotePath, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is ignored by a glob.</summary>
    public bool IsIgnored(string path)
    {
        var normalized = Normalize(path);
        return _ignored.Any(g => g.IsMatch(normalized));
    }

    /// <summary>Whether a change to <paramref name="path"/> is work the note should follow: not the note, not ignored.</summary>
    public bool Counts(string path) => !IsNote(path) && !IsIgnored(path);

    private static string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
        return normalized.TrimEnd('/');
    }
}
