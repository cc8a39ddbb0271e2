using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using HandoffLint.Cli.Summary;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;

namespace HandoffLint.Cli;

/// <summary>One note to lint: where it is (or stands for, for standard input), how it is shown, and its text when it came from standard input.</summary>
internal sealed record LintTarget(string FullPath, string DisplayPath, string? Text = null);

/// <summary>
/// Turns <c>lint</c>'s arguments into notes, the way markdownlint-cli2 users expect: a file is itself; a folder stands
/// for every note below it (<c>**/SESSION-HANDOFF.md</c>, so <c>lint .</c> covers a repository or a monorepo); a glob
/// (<c>'docs/**/*.md'</c>, quoted so the shell leaves it alone) is expanded here, on every platform alike; <c>-</c> is
/// standard input. Everything is checked before anything is linted, so a typo fails the command before it prints.
/// </summary>
internal static class LintTargets
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly char[] GlobCharacters = { '*', '?', '[', '{' };

    /// <summary>The note's file name, which a folder argument searches for.</summary>
    private static string NoteFileName => Path.GetFileName(HandoffLintOptions.DefaultHandoffPath);

    /// <summary>Resolves the arguments; <paramref name="readStandardInput"/> is called at most once, for <c>-</c>.</summary>
    /// <exception cref="CliException">A path does not exist or cannot be read, a glob matches nothing, or <c>-</c> is given twice.</exception>
    public static IReadOnlyList<LintTarget> Resolve(IReadOnlyList<string> arguments, string? stdinPath, Func<string> readStandardInput)
    {
        if (arguments.Count == 0)
        {
            if (stdinPath is not null) throw new CliException("--stdin-path names the note read from standard input; add '-' to read it");
            var note = NoteFiles.DefaultNote();
            NoteFiles.EnsureReadable(note.Path, note.DisplayPath!, mayBeMissing: true);
            return new[] { new LintTarget(note.Path, note.DisplayPath!) };
        }

        if (arguments.Count(a => a == StandardInput) > 1) throw new CliException("'-' (standard input) can be given only once");
        if (stdinPath is not null && !arguments.Contains(StandardInput)) throw new CliException("--stdin-path names the note read from standard input; add '-' to read it");

        var targets = new List<LintTarget>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            foreach (var target in Expand(argument, stdinPath, readStandardInput))
            {
                if (seen.Add(target.FullPath)) targets.Add(target);
            }
        }

        return targets;
    }

    private static IEnumerable<LintTarget> Expand(string argument, string? stdinPath, Func<string> readStandardInput)
    {
        if (argument == StandardInput)
        {
            // Linted as the note at --stdin-path (or the repository's note): its .editorconfig, repository and display path.
            var note = stdinPath is null ? NoteFiles.DefaultNote() : new LintRequest(Path.GetFullPath(stdinPath)) { DisplayPath = stdinPath };
            return new[] { new LintTarget(note.Path, note.DisplayPath!, readStandardInput()) };
        }

        var full = Path.GetFullPath(argument);
        if (Directory.Exists(full)) return NotesIn(full, argument);
        if (!File.Exists(full) && argument.IndexOfAny(GlobCharacters) >= 0) return GlobMatches(argument);

        NoteFiles.EnsureReadable(full, argument, mayBeMissing: false);
        return new[] { new LintTarget(full, argument) };
    }

    /// <summary>Every note below <paramref name="folder"/>; a folder with none stands for its own note, which is then missing (HL0001).</summary>
    private static IEnumerable<LintTarget> NotesIn(string folder, string shownAs)
    {
        var notes = Files(folder, name => string.Equals(name, NoteFileName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (notes.Count > 0) return notes.Select(n => new LintTarget(n, DisplayPaths.FromCurrentFolder(n)));
        var expected = Path.Combine(folder, HandoffLintOptions.DefaultHandoffPath);
        return new[] { new LintTarget(expected, DisplayPaths.FromCurrentFolder(expected)) };
    }

    private static IEnumerable<LintTarget> GlobMatches(string pattern)
    {
        var normalized = DisplayPaths.WithForwardSlashes(pattern);
        // The walk starts at the glob's folder part that has no wildcard in it: 'docs/**/*.md' walks docs/ only.
        var segments = normalized.Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(GlobCharacters) < 0).ToList();
        if (literal.Count == segments.Length) literal.RemoveAt(literal.Count - 1);
        var baseFolder = Path.GetFullPath(literal.Count == 0 ? "." : string.Join("/", literal) + "/");
        var relativeGlob = string.Join("/", segments.Skip(literal.Count));
        // Anchored, as a shell glob is: '*.md' is the current folder's, not every folder's (EditorConfig's meaning).
        var glob = EditorConfigGlob.TryCreate("/" + relativeGlob, out var problem)
            ?? throw new CliException($"'{pattern}' is not a glob HandoffLint can read: {problem}");
        var matches = Directory.Exists(baseFolder)
            ? Files(baseFolder, _ => true).Where(f => glob.IsMatch(DisplayPaths.WithForwardSlashes(Path.GetRelativePath(baseFolder, f)))).ToList()
            : new List<string>();
        if (matches.Count == 0) throw new CliException($"'{pattern}' matches no file");
        return matches.Select(m => new LintTarget(m, DisplayPaths.FromCurrentFolder(m)));
    }

    /// <summary>
    /// The files below <paramref name="folder"/> whose name passes <paramref name="include"/>, in path order; folders that
    /// never hold notes (<see cref="NoteFinder.SkippedFolders"/>) and unreadable folders are stepped over, and links to
    /// folders are not followed, so a link loop cannot trap the walk.
    /// </summary>
    private static IEnumerable<string> Files(string folder, Func<string, bool> include)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchType = MatchType.Simple };
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && include(entry.FileName.ToString()),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !NoteFinder.SkippedFolders.Contains(entry.FileName.ToString()),
        };
        return files.OrderBy(f => f, StringComparer.Ordinal).ToList();
    }
}
