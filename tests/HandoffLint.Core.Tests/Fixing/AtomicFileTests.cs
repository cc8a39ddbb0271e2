using System;
using System.IO;
using System.Runtime.Versioning;
using System.Text;
using HandoffLint.IO;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests.Fixing;

/// <summary>Writes by temporary file and rename: the target is replaced whole or not at all, keeps its mode, and nothing is left behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("handofflint-atomic-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void A_new_file_is_created_with_exactly_the_bytes()
    {
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'#', (byte)'\r', (byte)'\n' };

        AtomicFile.WriteAllBytes(path, bytes);

        File.ReadAllBytes(path).ShouldBe(bytes);
        Directory.GetFiles(_folder).ShouldBe(new[] { path });
    }

    [RootFact]
    [UnsupportedOSPlatform("windows")]
    public void A_file_written_by_root_keeps_its_owner_and_group()
    {
        // Before: 'sudo handofflint fix' made another user's note root's, because the new file replaced the old by rename.
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        File.WriteAllText(path, "old");
        NativeFileStatus.TryChangeOwner(path, 65534, 65534).ShouldBeTrue();
        // Writable by everyone, so that the write is not refused as read-only (.NET judges that by the mode bits alone).
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite);

        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new"));

        File.ReadAllText(path).ShouldBe("new");
        var status = NativeFileStatus.LinksAndOwner(path).ShouldNotBeNull();
        (status.Owner, status.Group).ShouldBe((65534u, 65534u));
    }

    [Fact]
    public void An_existing_file_is_replaced_whole_and_no_temporary_file_remains()
    {
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        File.WriteAllText(path, new string('x', 10_000));

        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("short"));

        File.ReadAllText(path).ShouldBe("short");
        Directory.GetFiles(_folder).ShouldBe(new[] { path });
    }

    [UnixFact]
    [UnsupportedOSPlatform("windows")]
    public void The_targets_permission_bits_are_kept()
    {
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        File.WriteAllText(path, "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new"));

        File.GetUnixFileMode(path).ShouldBe(mode);
        File.ReadAllText(path).ShouldBe("new");
    }

    [UnixFact]
    public void A_symbolic_link_stays_a_link_and_the_file_it_points_to_is_replaced()
    {
        var target = Path.Combine(_folder, "real.md");
        var link = Path.Combine(_folder, "SESSION-HANDOFF.md");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        AtomicFile.WriteAllBytes(link, Encoding.UTF8.GetBytes("new"));

        new FileInfo(link).LinkTarget.ShouldBe(target);
        File.ReadAllText(target).ShouldBe("new");
    }

    [Fact]
    public void A_read_only_file_is_refused_and_left_as_it_was()
    {
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        File.WriteAllText(path, "old");
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var error = Should.Throw<UnauthorizedAccessException>(() => AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new")));

        error.Message.ShouldContain("is read-only");
        File.ReadAllText(path).ShouldBe("old");
        Directory.GetFiles(_folder).ShouldBe(new[] { path });
    }

    [Fact]
    public void A_folder_where_the_file_should_be_fails_cleanly_without_a_temporary_file()
    {
        var path = Path.Combine(_folder, "SESSION-HANDOFF.md");
        Directory.CreateDirectory(path);

        Should.Throw<IOException>(() => AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new"))).Message.ShouldContain("is a folder");

        Directory.GetFiles(_folder).ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_folder_fails_and_creates_nothing()
    {
        var path = Path.Combine(_folder, "docs", "SESSION-HANDOFF.md");

        Should.Throw<DirectoryNotFoundException>(() => AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes("new")));

        Directory.Exists(Path.Combine(_folder, "docs")).ShouldBeFalse();
    }
}
