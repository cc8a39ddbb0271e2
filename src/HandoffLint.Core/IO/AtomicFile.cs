using System;
using System.IO;

namespace HandoffLint.IO;

/// <summary>
/// Writes a file so that a reader (or a crash) only ever sees the old content or the new, never half of it:
/// the bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>
    /// Replaces the content of <paramref name="path"/> with <paramref name="bytes"/> atomically, creating the file when it does not exist.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>The temporary file lives beside the target, because a rename is only atomic within one file system.</item>
    /// <item>On Unix the target's permission bits are carried over (on the net8.0 build), so an executable or private file stays so.</item>
    /// <item>On Linux the target's owner and group are carried over when the writer may set them (it runs as root).</item>
    /// <item>A symbolic link is followed: the file it points to is replaced, and the link stays a link. Hard links are not:
    /// the other names keep the old content (the caller can tell with <c>NativeFileStatus.LinksAndOwner</c> and say so).</item>
    /// <item>A read-only target is not overwritten: the rename would silently bypass the protection, so this throws
    /// <see cref="UnauthorizedAccessException"/> instead.</item>
    /// <item>On any failure the temporary file is deleted and the target is left as it was.</item>
    /// </list>
    /// </remarks>
    /// <exception cref="UnauthorizedAccessException">The target is read-only, or the folder cannot be written.</exception>
    /// <exception cref="IOException">The folder does not exist, or the write or the rename failed.</exception>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));

        var target = ResolveTarget(Path.GetFullPath(path));
        var folder = Path.GetDirectoryName(target) ?? throw new IOException($"'{path}' has no parent folder to write a temporary file in.");
        if (Directory.Exists(target)) throw new IOException($"'{path}' is a folder, not a file.");
        var exists = File.Exists(target);
        if (exists && (File.GetAttributes(target) & FileAttributes.ReadOnly) != 0)
        {
            throw new UnauthorizedAccessException($"'{path}' is read-only; make it writable to change it.");
        }

        // A dot-name keeps the temporary file out of most globs and listings for the moment it exists.
        var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (exists)
            {
                CopyPermissions(target, temporary);
                KeepOwner(target, temporary);
            }

            Replace(temporary, target, exists);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static string ResolveTarget(string fullPath)
    {
#if NET8_0_OR_GREATER
        var info = new FileInfo(fullPath);
        if (info.Exists && info.LinkTarget is not null)
        {
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            if (final is not null) return final.FullName;
        }
#endif
        return fullPath;
    }

    private static void CopyPermissions(string from, string to)
    {
#if NET8_0_OR_GREATER
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(to, File.GetUnixFileMode(from));
#else
        _ = from;
        _ = to;
#endif
    }

    /// <summary>
    /// A file written by root for another user (<c>sudo handofflint fix</c>, a container running as root) stays that user's:
    /// the temporary file takes the target's owner and group before it takes its place. Where that is not permitted or not
    /// possible, the file is written as before.
    /// </summary>
    private static void KeepOwner(string from, string to)
    {
        if (NativeFileStatus.LinksAndOwner(from) is not { } target || NativeFileStatus.LinksAndOwner(to) is not { } written) return;
        if (target.Owner != written.Owner || target.Group != written.Group) NativeFileStatus.TryChangeOwner(to, target.Owner, target.Group);
    }

    private static void Replace(string temporary, string target, bool exists)
    {
#if NET8_0_OR_GREATER
        _ = exists;
        File.Move(temporary, target, overwrite: true);
#else
        if (exists) File.Replace(temporary, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
        else File.Move(temporary, target);
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure is what the caller needs to see; a leftover temporary file is the lesser harm.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
