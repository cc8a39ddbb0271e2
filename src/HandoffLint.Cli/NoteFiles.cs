using System;
using System.IO;
using HandoffLint.Configuration;
using HandoffLint.IO;

namespace HandoffLint.Cli;

/// <summary>Finds the note a command works on and checks, before anything is printed or written, that it can be read.</summary>
internal static class NoteFiles
{
    /// <summary>
    /// The default note: <c>docs/SESSION-HANDOFF.md</c> under the repository root found from the current folder, shown
    /// relative to the current folder; the request carries the root, so the lint does not search for it again.
    /// </summary>
    public static LintRequest DefaultNote()
    {
        var request = LintRequest.ForRepositoryNote(Environment.CurrentDirectory);
        request.DisplayPath = DisplayPaths.FromCurrentFolder(request.Path);
        return request;
    }

    /// <summary>
    /// Fails with one clear line when <paramref name="fullPath"/> is a folder, cannot be opened, or (unless
    /// <paramref name="mayBeMissing"/>) does not exist. A missing default note is not a usage error: it is HL0001.
    /// </summary>
    public static void EnsureReadable(string fullPath, string shownAs, bool mayBeMissing)
    {
        var kind = RegularFile.KindOf(fullPath);
        if (kind == FileKind.Directory) throw new CliException($"'{shownAs}' is a folder; {SuggestNoteIn(fullPath, shownAs)}");

        if (kind == FileKind.Missing)
        {
            if (mayBeMissing) return;
            if (shownAs.StartsWith("-", StringComparison.Ordinal)) throw new CliException($"unknown option '{shownAs}'; see --help for the options");
            throw new CliException($"'{shownAs}' does not exist");
        }

        // A FIFO would block the open below until something writes to it; a device would never end.
        if (kind != FileKind.Regular) throw new CliException($"cannot read '{shownAs}': {RegularFile.Describe(kind, fullPath)}");
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{shownAs}': permission denied");
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read '{shownAs}': {e.Message.TrimEnd('.')}");
        }
    }

    private static string SuggestNoteIn(string folder, string shownAs)
    {
        foreach (var candidate in new[] { HandoffLintOptions.DefaultHandoffPath, Path.GetFileName(HandoffLintOptions.DefaultHandoffPath) })
        {
            if (File.Exists(Path.Combine(folder, candidate))) return $"did you mean {Path.Combine(shownAs, candidate)}?";
        }

        return "give the path of the note file (by default " + HandoffLintOptions.DefaultHandoffPath + ")";
    }
}
