using System;
using System.Globalization;
using System.IO;

namespace HandoffLint.IO;

/// <summary>
/// The one way HandoffLint reads a file a user controls (the note, <c>.editorconfig</c>, agent instructions and settings):
/// only when it is a regular file or a link to one, and never more than a cap, enforced while reading.
/// </summary>
/// <remarks>
/// A FIFO where a file should be blocks the reader until something writes to it, and <c>/dev/zero</c> or
/// <c>/dev/urandom</c> never ends: either would hang a build or an agent's hook, or exhaust its memory. Such a path is
/// reported, not opened. Between the type check and the open the path could be swapped for a FIFO; that takes someone
/// racing the reader on purpose, and the size cap still holds for anything that opens.
/// </remarks>
internal static class RegularFile
{
    /// <summary>The most a note is read: far above any note (the size rule warns at 10,000 characters), far below harm.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>What <paramref name="path"/> names, following links. Never opens it.</summary>
    public static FileKind KindOf(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (Directory.Exists(path)) return FileKind.Directory;
        // File.Exists is true for a link to nothing, and for FIFOs, devices and sockets: only the system tells them apart.
        if (!File.Exists(path)) return FileKind.Missing;
        if (IsBrokenLink(path)) return FileKind.BrokenLink;
        return NativeFileStatus.KindOf(path) ?? FileKind.Regular;
    }

    /// <summary>
    /// Reads <paramref name="path"/> when it is a regular file of at most <paramref name="maxBytes"/> bytes; otherwise says
    /// why not (<see cref="FileContent.Problem"/>). Never throws for what is or is not at the path, and never blocks on it.
    /// </summary>
    public static FileContent Read(string path, long maxBytes = DefaultMaxBytes)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            var kind = KindOf(path);
            if (kind == FileKind.Missing) return FileContent.Missing();
            if (kind != FileKind.Regular) return FileContent.Failed(kind, Describe(kind, path));
            return ReadCapped(path, maxBytes);
        }
        catch (UnauthorizedAccessException)
        {
            return FileContent.Failed(FileKind.Regular, "permission to read it was denied");
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return FileContent.Failed(FileKind.Regular, e.Message.Trim().TrimEnd('.'));
        }
    }

    /// <summary>Why a path of <paramref name="kind"/> is not read, as a clause that follows "cannot be read:".</summary>
    public static string Describe(FileKind kind, string path) => kind switch
    {
        FileKind.Directory => "it is a folder, not a file",
        FileKind.BrokenLink => LinkTarget(path) is { Length: > 0 } target
            ? $"it is a symbolic link to '{target}', which does not exist"
            : "it is a symbolic link whose target does not exist",
        FileKind.Fifo => "it is a FIFO (named pipe), not a regular file; reading it would wait for a writer",
        FileKind.CharacterDevice => "it is a character device (such as /dev/zero), not a regular file",
        FileKind.BlockDevice => "it is a block device, not a regular file",
        FileKind.Socket => "it is a socket, not a regular file",
        FileKind.Missing => "it does not exist",
        _ => "it is not a regular file",
    };

    /// <summary>The cap, as people read it: <c>20 MB</c>.</summary>
    public static string DescribeSize(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
            ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB"
            : bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";

    private static FileContent ReadCapped(string path, long maxBytes)
    {
        maxBytes = Math.Max(0, Math.Min(maxBytes, int.MaxValue - 1L));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var tooLarge = $"it is larger than {DescribeSize(maxBytes)}, the most HandoffLint reads";
        var known = stream.CanSeek ? stream.Length : -1;
        if (known > maxBytes) return FileContent.Failed(FileKind.Regular, tooLarge);

        // The length is a hint (a /proc file says 0 and has content; a growing file says less than it ends with): the cap
        // is what the loop enforces.
        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(known, 0) + 1 + 4096)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes) return FileContent.Failed(FileKind.Regular, tooLarge);
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }

        if (total > maxBytes) return FileContent.Failed(FileKind.Regular, tooLarge);
        if (total != buffer.Length) Array.Resize(ref buffer, total);
        return FileContent.Read(buffer);
    }

    private static bool IsBrokenLink(string path)
    {
        if (LinkTarget(path) is null) return false;
#if NET8_0_OR_GREATER
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            return true; // A loop of links ("too many levels of symbolic links") leads nowhere either.
        }
#else
        return false;
#endif
    }

    private static string? LinkTarget(string path)
    {
        try
        {
#if NET8_0_OR_GREATER
            return new FileInfo(path).LinkTarget;
#else
            return (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0 ? string.Empty : null;
#endif
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
