using System;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
#endif

namespace HandoffLint.IO;

/// <summary>
/// The type of a file as the operating system's <c>stat</c> reports it (following links), which .NET does not expose: .NET
/// calls a FIFO or <c>/dev/zero</c> a file like any other, and opening the one blocks while reading the other never ends.
/// </summary>
/// <remarks>
/// The C library is called through function pointers found at run time, so that nothing fails to load where a symbol is
/// missing, and Native AOT needs no marshalling: Linux's <c>statx</c> (glibc 2.28+, musl 1.2.5+; one layout on every
/// architecture), else <c>stat</c> on x64 and arm64 Linux, and <c>stat</c> on macOS (64-bit inodes). Elsewhere (Windows,
/// other systems, the netstandard2.0 build that serves .NET Framework's MSBuild on Windows) the type is unknown, and
/// readers rely on their size cap alone.
/// </remarks>
internal static class NativeFileStatus
{
    private const int ModeTypeMask = 0xF000;

    /// <summary>The file type <paramref name="path"/> names, following links; null when it cannot be told here.</summary>
    public static FileKind? KindOf(string path)
    {
        var mode = ModeOf(path);
        if (mode is null) return null;
        return (mode.Value & ModeTypeMask) switch
        {
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x4000 => FileKind.Directory,
            0x6000 => FileKind.BlockDevice,
            0x8000 => FileKind.Regular,
            0xC000 => FileKind.Socket,
            _ => null,
        };
    }

    /// <summary>How many names (hard links) the file <paramref name="path"/> has, and its owner and group; null when it cannot be told here.</summary>
    public static (long Links, uint Owner, uint Group)? LinksAndOwner(string path)
    {
#if NET8_0_OR_GREATER
        if (Function.Value is not { LinksOffset: >= 0 } function || Stat(path, function) is not { } status) return null;
        return (BitConverter.ToUInt32(status, function.LinksOffset), BitConverter.ToUInt32(status, function.LinksOffset + 4), BitConverter.ToUInt32(status, function.LinksOffset + 8));
#else
        _ = path;
        return null;
#endif
    }

    /// <summary>Gives <paramref name="path"/> the owner and group (Linux's <c>chown</c>); false when that is not possible here or not permitted.</summary>
    public static bool TryChangeOwner(string path, uint owner, uint group)
    {
#if NET8_0_OR_GREATER
        var chown = ChangeOwner.Value;
        if (chown == IntPtr.Zero) return false;
        unsafe
        {
            fixed (byte* name = NullTerminated(path))
            {
                return ((delegate* unmanaged<byte*, uint, uint, int>)chown)(name, owner, group) == 0;
            }
        }
#else
        _ = path;
        _ = owner;
        _ = group;
        return false;
#endif
    }

#if NET8_0_OR_GREATER
    private static readonly Lazy<StatFunction?> Function = new(Find);

    private static readonly Lazy<IntPtr> ChangeOwner = new(() =>
        OperatingSystem.IsLinux() && LoadLibc() is var libc && libc != IntPtr.Zero && NativeLibrary.TryGetExport(libc, "chown", out var chown) ? chown : IntPtr.Zero);

    private static int? ModeOf(string path)
    {
        var function = Function.Value;
        if (function is null || Stat(path, function) is not { } status) return null;
        return function.ModeIsShort ? BitConverter.ToUInt16(status, function.ModeOffset) : BitConverter.ToInt32(status, function.ModeOffset);
    }

    /// <summary>The raw <c>struct stat</c> or <c>struct statx</c> of <paramref name="path"/>, following links; null when the call fails.</summary>
    private static unsafe byte[]? Stat(string path, StatFunction function)
    {
        var status = new byte[512];
        fixed (byte* name = NullTerminated(path))
        fixed (byte* buffer = status)
        {
            var result = function.IsStatx
                ? ((delegate* unmanaged<int, byte*, int, uint, byte*, int>)function.Address)(AtCurrentFolder, name, 0, StatxWanted, buffer)
                : ((delegate* unmanaged<byte*, byte*, int>)function.Address)(name, buffer);
            return result == 0 ? status : null;
        }
    }

    private static byte[] NullTerminated(string path)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        var length = System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        bytes[length] = 0;
        return bytes;
    }

    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint StatxWanted = 0x1 | 0x4 | 0x8 | 0x10; // STATX_TYPE | STATX_NLINK | STATX_UID | STATX_GID

    private static StatFunction? Find()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var libc = LoadLibc();
                if (libc == IntPtr.Zero) return null;
                // struct statx, the same on every architecture: stx_nlink, stx_uid, stx_gid as 32-bit fields from offset 16, then
                // stx_mode as a 16-bit field at offset 28.
                if (NativeLibrary.TryGetExport(libc, "statx", out var statx)) return new StatFunction(statx, IsStatx: true, ModeOffset: 28, ModeIsShort: true, LinksOffset: 16);
                // struct stat: x64 has a 64-bit st_nlink before st_mode (links not read there); arm64 has st_mode, st_nlink, st_uid, st_gid.
                var (modeOffset, linksOffset) = RuntimeInformation.ProcessArchitecture switch
                {
                    Architecture.X64 => (24, -1),
                    Architecture.Arm64 => (16, 20),
                    _ => (-1, -1),
                };
                if (modeOffset >= 0 && NativeLibrary.TryGetExport(libc, "stat", out var stat)) return new StatFunction(stat, IsStatx: false, modeOffset, ModeIsShort: false, linksOffset);
                return null;
            }

            if (OperatingSystem.IsMacOS())
            {
                var system = Load("/usr/lib/libSystem.B.dylib");
                if (system == IntPtr.Zero) return null;
                // The 64-bit-inode struct stat: st_mode is a 16-bit field at offset 4; x64 names that variant stat$INODE64.
                var name = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? "stat$INODE64" : "stat";
                return NativeLibrary.TryGetExport(system, name, out var stat) ? new StatFunction(stat, IsStatx: false, ModeOffset: 4, ModeIsShort: true, LinksOffset: -1) : null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            // Unknown here: readers fall back on their size cap.
        }

        return null;
    }

    private static IntPtr LoadLibc() => Load("libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc.so");

    private static IntPtr Load(params string[] names)
    {
        foreach (var name in names)
        {
            if (NativeLibrary.TryLoad(name, out var handle)) return handle;
        }

        return IntPtr.Zero;
    }

    /// <summary>A stat call and where its fields are; <c>LinksOffset</c> is where link count, owner and group stand as three 32-bit fields, or -1.</summary>
    private sealed record StatFunction(IntPtr Address, bool IsStatx, int ModeOffset, bool ModeIsShort, int LinksOffset);
#else
    private static int? ModeOf(string path)
    {
        _ = path;
        return null;
    }
#endif
}
