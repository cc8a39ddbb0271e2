using System;
using System.Collections.Generic;
using System.IO;
using HandoffLint.Diagnostics;
using HandoffLint.IO;
using HandoffLint.Text;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// Reads the files around the note that the protocol rules judge (agent instructions, agent settings) and names them in
/// diagnostics the way the note itself is named, so that a finding in CLAUDE.md reads <c>CLAUDE.md(3,1)</c> beside
/// <c>docs/SESSION-HANDOFF.md(5,1)</c>.
/// </summary>
internal static class ProtocolFiles
{
    /// <summary>Files larger than this are not instructions or settings anyone wrote by hand; they are not read.</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The text of <paramref name="fullPath"/>, or null when it does not exist or cannot be read as UTF-8 text. Something
    /// there that is not a readable file (a folder, a FIFO, a device, a broken link, more than 4 MB) is reported once per
    /// lint as HL0028, since the rules then judge the repository without it.
    /// </summary>
    public static string? TryRead(RuleContext context, string fullPath) => TryRead(fullPath, context);

    /// <summary>The text of <paramref name="fullPath"/> when it is a readable regular file of at most 4 MB, else null (never reported).</summary>
    public static string? TryRead(string fullPath) => TryRead(fullPath, null);

    private static string? TryRead(string fullPath, RuleContext? context)
    {
        var content = RegularFile.Read(fullPath, MaxBytes);
        if (content.Bytes is null)
        {
            if (context is not null && !content.IsMissing && context.GetShared(_ => new ReportedFiles()).Paths.Add(fullPath))
            {
                var shown = RelativeTo(context.RepositoryRoot ?? Path.GetDirectoryName(fullPath)!, fullPath) ?? fullPath;
                context.Report(LinterDescriptors.FileUnreadable, SourceLocation.WholeFile(DisplayPath(context, shown)), shown, content.Problem, "the protocol rules judged the repository without it");
            }

            return null;
        }

        // The same decoding as the note's own: a BOM is dropped; invalid UTF-8, UTF-16 or binary content is unreadable.
        return SourceText.TryDecode(content.Bytes, out var text, out _) ? text!.Text : null;
    }

    /// <summary>
    /// Whether this lint is of the repository's own note (the configured <see cref="Configuration.HandoffLintOptions.HandoffPath"/>
    /// under the repository root). The protocol rules judge the instructions and hooks around that note; linting any other
    /// Markdown file (a fixture, an example, a note kept elsewhere) says nothing about them, so they stay silent.
    /// </summary>
    public static bool IsRepositoryNote(RuleContext context)
    {
        if (context.RepositoryRoot is null || context.HandoffFullPath is null) return false;
        var configured = Path.GetFullPath(Path.Combine(context.RepositoryRoot, context.Options.HandoffPath));
        return SamePath(configured, context.HandoffFullPath);
    }

    /// <summary>The note's path relative to the repository root, '/'-separated, or its file name when it lies outside.</summary>
    public static string NoteRelativePath(RuleContext context)
    {
        var root = context.RepositoryRoot!;
        var full = context.HandoffFullPath ?? Path.GetFullPath(Path.Combine(root, context.Options.HandoffPath));
        return RelativeTo(root, full) ?? Path.GetFileName(full);
    }

    /// <summary>
    /// How to show <paramref name="relativeToRoot"/> (a path under the repository root): relative to the same folder the
    /// note's display path is relative to when that can be told, else relative to the root, else in full.
    /// </summary>
    public static string DisplayPath(RuleContext context, string relativeToRoot)
    {
        var root = context.RepositoryRoot!;
        var full = Path.GetFullPath(Path.Combine(root, relativeToRoot));
        var shown = context.HandoffPath;
        if (Path.IsPathRooted(shown)) return full;

        // The note is shown relative to some folder; find it (usually the current folder, or the repository root).
        if (context.HandoffFullPath is { } noteFull)
        {
            foreach (var candidate in new[] { Environment.CurrentDirectory, root })
            {
                if (!SamePath(Path.GetFullPath(Path.Combine(candidate, shown)), noteFull)) continue;
                return RelativeTo(candidate, full) ?? full;
            }

            return full;
        }

        return relativeToRoot.Replace('\\', '/');
    }

    /// <summary><paramref name="fullPath"/> relative to <paramref name="folder"/>, '/'-separated, or null when it is not under it.</summary>
    public static string? RelativeTo(string folder, string fullPath)
    {
        var prefix = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(fullPath);
        if (!full.StartsWith(prefix, PathComparison)) return null;
        var relative = full.Substring(prefix.Length);
        return relative.Length == 0 ? null : relative.Replace('\\', '/');
    }

    /// <summary>The files reported unreadable in this lint, so that two rules reading one file report it once.</summary>
    private sealed class ReportedFiles
    {
        public HashSet<string> Paths { get; } = new(StringComparer.Ordinal);
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), PathComparison);

    private static StringComparison PathComparison =>
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
