using System;
using System.IO;
using HandoffLint.Hooks;

namespace HandoffLint.Hooks.Tests;

public sealed class SessionStateTests
{
    [Theory]
    [InlineData("4f6c1c9e-2d0b-4b0e-9f63-0d6ad0c3a1b2", "4f6c1c9e-2d0b-4b0e-9f63-0d6ad0c3a1b2.json")]
    [InlineData("abc_DEF-123", "abc_DEF-123.json")]
    public void Plain_ids_are_their_own_file_names(string id, string expected) => SessionStateStore.FileNameOf(id).ShouldBe(expected);

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a.b")]
    [InlineData("")]
    [InlineData("con")]
    public void Other_ids_get_a_safe_name_and_a_hash_that_keeps_them_apart(string id)
    {
        var name = SessionStateStore.FileNameOf(id);

        name.ShouldMatch("^[A-Za-z0-9_-]*-[0-9a-f]{16}\\.json$");
        var cleaned = id.Replace('/', '_').Replace('.', '_');
        if (cleaned != id) name.ShouldNotBe(SessionStateStore.FileNameOf(cleaned));
    }

    [Fact]
    public void Long_ids_are_shortened()
    {
        var name = SessionStateStore.FileNameOf(new string('a', 500));

        name.Length.ShouldBeLessThan(70);
        name.ShouldNotBe(SessionStateStore.FileNameOf(new string('a', 501)));
    }

    [Fact]
    public void State_round_trips_through_its_file_and_a_damaged_file_reads_as_none()
    {
        var gitFolder = Directory.CreateTempSubdirectory("handofflint-state-").FullName;
        try
        {
            var store = new SessionStateStore(gitFolder);
            var state = new SessionState("s-1", new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), "0123abcd", "ff00", new[] { new WorkingTreeEntry("src/a \"q\".cs", 12, 638_000_000_000_000_000), new WorkingTreeEntry("gone.cs", -1, 0) })
            {
                CompactionReminder = "This session changed src/a.cs",
            };

            store.Save(state);
            var loaded = store.Load("s-1")!;

            (loaded.SessionId, loaded.StartedAt, loaded.Head, loaded.NoteHash, loaded.CompactionReminder).ShouldBe((state.SessionId, state.StartedAt, state.Head, state.NoteHash, state.CompactionReminder));
            loaded.WorkingTree.ShouldBe(state.WorkingTree);
            Directory.GetFiles(store.Folder).ShouldHaveSingleItem("no temporary file is left behind");

            File.WriteAllText(store.PathOf("s-1"), "{\"version\": 1, \"sessionId\": ");
            store.Load("s-1").ShouldBeNull();
            // Another version (a newer tool's, or version 1 whose note hash was a SHA-256) is not read as this one.
            var current = $"\"version\":{SessionState.FormatVersion}";
            state.ToJson().ShouldContain(current);
            File.WriteAllText(store.PathOf("s-1"), state.ToJson().Replace(current, $"\"version\":{SessionState.FormatVersion + 1}"));
            store.Load("s-1").ShouldBeNull();
            File.WriteAllText(store.PathOf("s-1"), state.ToJson().Replace(current, "\"version\":1").Replace("\"noteHash\"", "\"noteSha256\""));
            store.Load("s-1").ShouldBeNull();
            store.Load("never-started").ShouldBeNull();
        }
        finally
        {
            Directory.Delete(gitFolder, recursive: true);
        }
    }

    [Fact]
    public void Old_state_files_are_deleted_and_recent_ones_kept()
    {
        var gitFolder = Directory.CreateTempSubdirectory("handofflint-state-").FullName;
        try
        {
            var store = new SessionStateStore(gitFolder);
            var now = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
            store.Save(new SessionState("old", now, null, null, Array.Empty<WorkingTreeEntry>()));
            store.Save(new SessionState("new", now, null, null, Array.Empty<WorkingTreeEntry>()));
            File.SetLastWriteTimeUtc(store.PathOf("old"), now.UtcDateTime.AddDays(-31));
            File.SetLastWriteTimeUtc(store.PathOf("new"), now.UtcDateTime.AddDays(-1));

            store.DeleteOlderThan(now);

            File.Exists(store.PathOf("old")).ShouldBeFalse();
            File.Exists(store.PathOf("new")).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(gitFolder, recursive: true);
        }
    }

    [Fact]
    public void Differences_name_changed_new_and_vanished_paths()
    {
        var before = new[] { new WorkingTreeEntry("a", 1, 1), new WorkingTreeEntry("b", 2, 2), new WorkingTreeEntry("c", 3, 3) };
        var after = new[] { new WorkingTreeEntry("a", 1, 1), new WorkingTreeEntry("b", 2, 9), new WorkingTreeEntry("d", 4, 4) };

        WorkingTreeEntry.Differences(before, after).ShouldBe(new[] { "b", "c", "d" });
    }
}
