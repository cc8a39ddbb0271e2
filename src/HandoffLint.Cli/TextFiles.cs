using System;
using System.IO;
using HandoffLint.Text;

namespace HandoffLint.Cli;

/// <summary>Reads the user's text files the way the core does, so that a rewrite keeps their BOM and line endings.</summary>
internal static class TextFiles
{
    /// <summary>The file's text, or null when there is no such file.</summary>
    /// <exception cref="CliException">The path is a folder, cannot be read, or is not UTF-8 text.</exception>
    public static SourceText? ReadIfExists(string fullPath, string shownAs)
    {
        if (Directory.Exists(fullPath)) throw new CliException($"'{shownAs}' is a folder, where a file was expected");
        if (!File.Exists(fullPath)) return null;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{shownAs}': permission denied");
        }
        catch (IOException e)
        {
            throw new CliException($"cannot read '{shownAs}': {e.Message.TrimEnd('.')}");
        }

        if (!SourceText.TryDecode(bytes, out var text, out var failure)) throw new CliException($"cannot read '{shownAs}': {failure}; it was left untouched");
        return text!;
    }
}
