using HandoffLint.IO;
using HandoffLint.Text;

namespace HandoffLint.Cli;

/// <summary>Reads the user's text files the way the core does, so that a rewrite keeps their BOM and line endings.</summary>
internal static class TextFiles
{
    /// <summary>The file's text, or null when there is no such file.</summary>
    /// <exception cref="CliException">The path is a folder, cannot be read, or is not UTF-8 text.</exception>
    public static SourceText? ReadIfExists(string fullPath, string shownAs)
    {
        var content = RegularFile.Read(fullPath);
        if (content.IsMissing) return null;
        if (content.Kind == FileKind.Directory) throw new CliException($"'{shownAs}' is a folder, where a file was expected");
        if (content.Bytes is null) throw new CliException($"cannot read '{shownAs}': {content.Problem}");
        if (!SourceText.TryDecode(content.Bytes, out var text, out var failure)) throw new CliException($"cannot read '{shownAs}': {failure}; it was left untouched");
        return text!;
    }
}
