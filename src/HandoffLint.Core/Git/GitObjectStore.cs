using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace HandoffLint.Git;

/// <summary>
/// Reads git objects straight from <c>.git/objects</c>: loose objects and version-2 pack files with their deltas. It exists
/// for one caller that cannot afford a git process per repository, <c>summary</c> over a thousand projects; everything else
/// asks the <c>git</c> executable. Anything it does not know (SHA-256 repositories, alternates, a missing or damaged
/// object) is a <see cref="GitException"/>, and the caller asks git instead. Not thread-safe: one store per repository walk.
/// </summary>
internal sealed class GitObjectStore : IDisposable
{
    private const int HashLength = 20;
    private const int MaxDeltaDepth = 64;

    private readonly string _objects;
    private readonly Dictionary<string, FileStream> _packStreams = new(StringComparer.Ordinal);
    private List<PackIndex>? _packs;

    public GitObjectStore(string commonDirectory) => _objects = Path.Combine(commonDirectory, "objects");

    /// <summary>The object named by <paramref name="hash"/> (40 hex digits): its type and content.</summary>
    /// <exception cref="GitException">The object is not in this store, or cannot be read.</exception>
    public (GitObjectKind Kind, byte[] Content) Read(string hash)
    {
        if (hash.Length != 2 * HashLength) throw Unreadable($"'{hash}' is not a SHA-1 object name");
        // Packs first: their indexes are in memory, while a loose object costs a file system lookup even to miss.
        var raw = ToBytes(hash);
        foreach (var pack in Packs())
        {
            var offset = pack.Find(raw);
            if (offset >= 0) return ReadPacked(pack, offset, 0);
        }

        var loose = Path.Combine(_objects, hash.Substring(0, 2), hash.Substring(2));
        if (File.Exists(loose)) return ReadLoose(loose);
        throw Unreadable($"object {hash} is not in {_objects}");
    }

    public void Dispose()
    {
        foreach (var stream in _packStreams.Values) stream.Dispose();
        _packStreams.Clear();
    }

    private static (GitObjectKind, byte[]) ReadLoose(string path)
    {
        byte[] data;
        using (var file = File.OpenRead(path)) data = Inflate(file, -1);
        var space = Array.IndexOf(data, (byte)' ');
        var nul = Array.IndexOf(data, (byte)0);
        if (space <= 0 || nul <= space) throw Unreadable($"the loose object '{path}' has no header");
        var kind = Encoding.ASCII.GetString(data, 0, space) switch
        {
            "commit" => GitObjectKind.Commit,
            "tree" => GitObjectKind.Tree,
            "blob" => GitObjectKind.Blob,
            "tag" => GitObjectKind.Tag,
            var other => throw Unreadable($"the loose object '{path}' has the unknown type '{other}'"),
        };
        var content = new byte[data.Length - nul - 1];
        Buffer.BlockCopy(data, nul + 1, content, 0, content.Length);
        return (kind, content);
    }

    private (GitObjectKind, byte[]) ReadPacked(PackIndex pack, long offset, int depth)
    {
        if (depth > MaxDeltaDepth) throw Unreadable($"a delta chain in {pack.PackPath} is deeper than {MaxDeltaDepth}");
        var stream = Stream(pack.PackPath);
        stream.Position = offset;
        var b = stream.ReadByte();
        if (b < 0) throw Unreadable($"{pack.PackPath} ends inside an object");
        var type = (b >> 4) & 7;
        long size = b & 15;
        var shift = 4;
        while ((b & 0x80) != 0)
        {
            b = stream.ReadByte();
            if (b < 0 || shift > 56) throw Unreadable($"{pack.PackPath} has a damaged object header");
            size |= (long)(b & 0x7f) << shift;
            shift += 7;
        }

        switch (type)
        {
            case 1: return (GitObjectKind.Commit, Inflate(stream, size));
            case 2: return (GitObjectKind.Tree, Inflate(stream, size));
            case 3: return (GitObjectKind.Blob, Inflate(stream, size));
            case 4: return (GitObjectKind.Tag, Inflate(stream, size));
            case 6:
                {
                    // OFS_DELTA: the base lies this many bytes before the object, in a big-endian varint where each
                    // continuation adds one (so that every length has one encoding).
                    b = stream.ReadByte();
                    long back = b & 0x7f;
                    while ((b & 0x80) != 0)
                    {
                        b = stream.ReadByte();
                        if (b < 0) throw Unreadable($"{pack.PackPath} has a damaged delta offset");
                        back = ((back + 1) << 7) | (long)(b & 0x7f);
                    }

                    var delta = Inflate(stream, size);
                    var (kind, source) = ReadPacked(pack, offset - back, depth + 1);
                    return (kind, ApplyDelta(source, delta));
                }

            case 7:
                {
                    var baseName = new byte[HashLength];
                    if (stream.Read(baseName, 0, HashLength) != HashLength) throw Unreadable($"{pack.PackPath} ends inside a delta");
                    var delta = Inflate(stream, size);
                    var (kind, source) = Read(ToHex(baseName));
                    return (kind, ApplyDelta(source, delta));
                }

            default:
                throw Unreadable($"{pack.PackPath} holds an object of unknown type {type}");
        }
    }

    private FileStream Stream(string path)
    {
        if (!_packStreams.TryGetValue(path, out var stream))
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.RandomAccess);
            _packStreams[path] = stream;
        }

        return stream;
    }

    private List<PackIndex> Packs()
    {
        if (_packs is not null) return _packs;
        _packs = new List<PackIndex>();
        if (File.Exists(Path.Combine(_objects, "info", "alternates"))) throw Unreadable("the repository borrows objects from another (alternates)");
        var folder = Path.Combine(_objects, "pack");
        if (!Directory.Exists(folder)) return _packs;
        foreach (var index in Directory.EnumerateFiles(folder, "*.idx"))
        {
            var pack = Path.ChangeExtension(index, ".pack");
            if (File.Exists(pack)) _packs.Add(new PackIndex(index, pack));
        }

        return _packs;
    }

    private static byte[] Inflate(Stream input, long expectedSize)
    {
        // zlib: a two-byte header, then raw deflate (the Adler-32 trailer is not needed to read the data).
        if (input.ReadByte() < 0 || input.ReadByte() < 0) throw Unreadable("a compressed object ends early");
        using var deflate = new DeflateStream(input, CompressionMode.Decompress, leaveOpen: true);
        if (expectedSize >= 0)
        {
            if (expectedSize > int.MaxValue) throw Unreadable("an object is too large");
            var result = new byte[expectedSize];
            var read = 0;
            while (read < result.Length)
            {
                var n = deflate.Read(result, read, result.Length - read);
                if (n <= 0) throw Unreadable("a compressed object is shorter than its header says");
                read += n;
            }

            return result;
        }

        using var buffer = new MemoryStream();
        deflate.CopyTo(buffer);
        return buffer.ToArray();
    }

    // A delta: the source's size, the target's size, then instructions that copy a range of the source or insert new bytes.
    private static byte[] ApplyDelta(byte[] source, byte[] delta)
    {
        var position = 0;
        var sourceSize = ReadSize(delta, ref position);
        var targetSize = ReadSize(delta, ref position);
        if (sourceSize != source.Length || targetSize > int.MaxValue) throw Unreadable("a delta does not fit its base");
        var target = new byte[targetSize];
        var written = 0;
        while (position < delta.Length)
        {
            var op = delta[position++];
            if ((op & 0x80) != 0)
            {
                long copyOffset = 0, copySize = 0;
                for (var i = 0; i < 4; i++) if ((op & (1 << i)) != 0) copyOffset |= (long)delta[position++] << (8 * i);
                for (var i = 0; i < 3; i++) if ((op & (0x10 << i)) != 0) copySize |= (long)delta[position++] << (8 * i);
                if (copySize == 0) copySize = 0x10000;
                if (copyOffset + copySize > source.Length || written + copySize > target.Length) throw Unreadable("a delta copies outside its base");
                Buffer.BlockCopy(source, (int)copyOffset, target, written, (int)copySize);
                written += (int)copySize;
            }
            else if (op != 0)
            {
                if (position + op > delta.Length || written + op > target.Length) throw Unreadable("a delta inserts past its end");
                Buffer.BlockCopy(delta, position, target, written, op);
                position += op;
                written += op;
            }
            else
            {
                throw Unreadable("a delta holds a reserved instruction");
            }
        }

        if (written != target.Length) throw Unreadable("a delta is shorter than its target");
        return target;
    }

    private static long ReadSize(byte[] data, ref int position)
    {
        long size = 0;
        var shift = 0;
        byte b;
        do
        {
            if (position >= data.Length) throw Unreadable("a delta ends inside its header");
            b = data[position++];
            size |= (long)(b & 0x7f) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && shift < 63);
        return size;
    }

    internal static string ToHex(byte[] bytes, int offset = 0, int length = HashLength)
    {
        var chars = new char[length * 2];
        for (var i = 0; i < length; i++)
        {
            var b = bytes[offset + i];
            chars[2 * i] = "0123456789abcdef"[b >> 4];
            chars[(2 * i) + 1] = "0123456789abcdef"[b & 15];
        }

        return new string(chars);
    }

    private static byte[] ToBytes(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)((Nibble(hex[2 * i]) << 4) | Nibble(hex[(2 * i) + 1]));
        return bytes;
    }

    private static int Nibble(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => throw Unreadable($"'{c}' is not a hex digit"),
    };

    private static GitException Unreadable(string reason) => new(GitFailure.CommandFailed, reason);

    /// <summary>A version-2 pack index, read whole on first use: the fan-out table, the sorted names and their offsets.</summary>
    private sealed class PackIndex(string indexPath, string packPath)
    {
        private byte[]? _data;
        private int _count;

        public string PackPath => packPath;

        /// <summary>The object's offset in the pack, or -1 when the pack does not hold it.</summary>
        public long Find(byte[] name)
        {
            var data = Load();
            var first = name[0] == 0 ? 0 : BigEndian(data, 8 + ((name[0] - 1) * 4));
            var last = BigEndian(data, 8 + (name[0] * 4)) - 1;
            const int names = 8 + (256 * 4);
            while (first <= last)
            {
                var middle = (int)(((long)first + last) / 2);
                var compare = Compare(data, names + (middle * HashLength), name);
                if (compare == 0) return Offset(data, middle);
                if (compare < 0) first = middle + 1;
                else last = middle - 1;
            }

            return -1;
        }

        private byte[] Load()
        {
            if (_data is not null) return _data;
            var data = File.ReadAllBytes(indexPath);
            if (data.Length < 8 + (256 * 4) || data[0] != 0xff || data[1] != 0x74 || data[2] != 0x4f || data[3] != 0x63 || BigEndian(data, 4) != 2)
            {
                throw Unreadable($"'{indexPath}' is not a version-2 pack index");
            }

            _count = BigEndian(data, 8 + (255 * 4));
            if (data.Length < 8 + (256 * 4) + ((long)_count * (HashLength + 8))) throw Unreadable($"'{indexPath}' is shorter than its object count says");
            _data = data;
            return data;
        }

        private long Offset(byte[] data, int index)
        {
            var offsets = 8 + (256 * 4) + (_count * (HashLength + 4));
            var offset = (uint)BigEndian(data, offsets + (index * 4));
            if ((offset & 0x80000000) == 0) return offset;
            var large = offsets + (_count * 4) + ((int)(offset & 0x7fffffff) * 8);
            if (large + 8 > data.Length) throw Unreadable($"'{indexPath}' has a damaged large offset");
            return ((long)(uint)BigEndian(data, large) << 32) | (uint)BigEndian(data, large + 4);
        }

        private static int Compare(byte[] data, int at, byte[] name)
        {
            for (var i = 0; i < HashLength; i++)
            {
                var difference = data[at + i] - name[i];
                if (difference != 0) return difference;
            }

            return 0;
        }

        private static int BigEndian(byte[] data, int at) => (data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3];
    }
}

/// <summary>The four kinds of git object.</summary>
internal enum GitObjectKind
{
    Commit,
    Tree,
    Blob,
    Tag,
}
