namespace HandoffLint.IO;

/// <summary>What a path names, as far as reading it goes.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file (or a link to one).</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link whose target does not exist.</summary>
    BrokenLink,

    /// <summary>A FIFO (named pipe): opening it for reading waits for a writer, possibly for ever.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c> or <c>/dev/urandom</c>: reading it may never end.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,
}
