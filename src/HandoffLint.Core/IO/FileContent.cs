namespace HandoffLint.IO;

/// <summary>What <see cref="RegularFile.Read"/> found: the bytes, or why there are none.</summary>
internal sealed class FileContent
{
    private FileContent(FileKind kind, byte[]? bytes, string? problem)
    {
        Kind = kind;
        Bytes = bytes;
        Problem = problem;
    }

    /// <summary>What the path names.</summary>
    public FileKind Kind { get; }

    /// <summary>The file's bytes, or null when it was not read.</summary>
    public byte[]? Bytes { get; }

    /// <summary>
    /// Why it was not read, as a clause that follows "cannot be read:" (<c>it is a FIFO (named pipe), not a file</c>); null
    /// when it was read or when nothing is there.
    /// </summary>
    public string? Problem { get; }

    /// <summary>True when nothing is at the path (a broken link is not "nothing": it has a <see cref="Problem"/>).</summary>
    public bool IsMissing => Kind == FileKind.Missing;

    internal static FileContent Read(byte[] bytes) => new(FileKind.Regular, bytes, null);

    internal static FileContent Missing() => new(FileKind.Missing, null, null);

    internal static FileContent Failed(FileKind kind, string problem) => new(kind, null, problem);
}
