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

#if NET8_0_OR_GREATER
    private static readonly Lazy<StatFunction?> Function = new(Find);

    private static unsafe int? ModeOf(string path)
    {
        var function = Function.Value;
        if (function is null) return null;
        var bytes = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        var length = System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        bytes[length] = 0;
        var buffer = stackalloc byte[512];
        new Span<byte>(buffer, 512).Clear();
        fixed (byte* name = bytes)
        {
            var result = function.IsStatx
                ? ((delegate* unmanaged<int, byte*, int, uint, byte*, int>)function.Address)(AtCurrentFolder, name, 0, StatxType, buffer)
                : ((delegate* unmanaged<byte*, byte*, int>)function.Address)(name, buffer);
            if (result != 0) return null;
        }

        return function.ModeIsShort ? *(ushort*)(buffer + function.ModeOffset) : *(int*)(buffer + function.ModeOffset);
    }

    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint StatxType = 0x1;       // STATX_TYPE

    private static StatFunction? Find()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var libc = Load("libc.so.6", "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc.so");
                if (libc == IntPtr.Zero) return null;
                // struct statx: stx_mode is a 16-bit field at offset 28 on every architecture.
                if (NativeLibrary.TryGetExport(libc, "statx", out var statx)) return new StatFunction(statx, IsStatx: true, ModeOffset: 28, ModeIsShort: true);
                var offset = RuntimeInformation.ProcessArchitecture switch
                {
                    Architecture.X64 => 24,
                    Architecture.Arm64 => 16,
                    _ => -1,
                };
                if (offset >= 0 && NativeLibrary.TryGetExport(libc, "stat", out var stat)) return new StatFunction(stat, IsStatx: false, offset, ModeIsShort: false);
                return null;
            }

            if (OperatingSystem.IsMacOS())
            {
                var system = Load("/usr/lib/libSystem.B.dylib");
                if (system == IntPtr.Zero) return null;
                // The 64-bit-inode struct stat: st_mode is a 16-bit field at offset 4; x64 names that variant stat$INODE64.
                var name = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? "stat$INODE64" : "stat";
                return NativeLibrary.TryGetExport(system, name, out var stat) ? new StatFunction(stat, IsStatx: false, ModeOffset: 4, ModeIsShort: true) : null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            // Unknown here: readers fall back on their size cap.
        }

        return null;
    }

    private static IntPtr Load(params string[] names)
    {
        foreach (var name in names)
        {
            if (NativeLibrary.TryLoad(name, out var handle)) return handle;
        }

        return IntPtr.Zero;
    }

    private sealed record StatFunction(IntPtr Address, bool IsStatx, int ModeOffset, bool ModeIsShort);
#else
    private static int? ModeOf(string path)
    {
        _ = path;
        return null;
    }
#endif
}
