using System;
using System.Linq;
using System.Text;
using HandoffLint.Git;

namespace HandoffLint.Tests.Git;

/// <summary>The object-file walk that <c>summary</c> uses agrees with git itself, loose, packed with deltas, and shallow.</summary>
public sealed class GitNoteWalkTests
{
    [Theory]
    [InlineData("loose")]
    [InlineData("gc --aggressive")]
    [InlineData("repack -a -d --depth=50 --window=250")]
    public void The_walk_finds_the_versions_git_finds(string storage)
    {
        using var repository = GitTestRepository.Create();
        for (var session = 1; session <= 12; session++)
        {
            // Big, similar versions, so that a repack stores most of them as deltas of one another.
            repository.WriteNote($"2026-11-{session:00}", session, string.Concat(Enumerable.Repeat($"Line of state {session % 3}. ", 200)));
            repository.Write($"src/File{session % 4}.cs", $"// {session}\n");
            repository.Commit($"Session {session}");
            if (session % 3 == 0) repository.CommitFile("src/Other.cs", $"Unrelated {session}");
        }

        if (storage != "loose") repository.Git(storage.Split(' '));

        using var walk = GitNoteWalk.Start(GitRepository.Open(repository.Root), GitTestRepository.NotePath);
        var versions = walk.ToArray();

        var expected = repository.Git("log", "--first-parent", "--format=%H", "--", GitTestRepository.NotePath).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        versions.Select(v => v.Commit.Hash).ShouldBe(expected);
        foreach (var version in versions)
        {
            Encoding.UTF8.GetString(version.Content!).ShouldBe(repository.Git("show", version.Commit.Hash + ":" + GitTestRepository.NotePath));
            version.Commit.AuthorDate.ShouldBe(DateTimeOffset.Parse(repository.Git("log", "-1", "--format=%aI", version.Commit.Hash).Trim(), System.Globalization.CultureInfo.InvariantCulture));
            version.Commit.Subject.ShouldBe(repository.Git("log", "-1", "--format=%s", version.Commit.Hash).Trim());
        }

        walk.GoesOn.ShouldBeFalse();
    }

    [Fact]
    public void The_walk_stops_at_its_window_and_at_a_shallow_cut_saying_history_goes_on()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-01", 1);
        repository.Commit("Session 1");
        repository.CommitMany(8);
        repository.WriteNote("2026-11-02", 2);
        repository.Commit("Session 2");

        using (var walk = GitNoteWalk.Start(GitRepository.Open(repository.Root), GitTestRepository.NotePath, maxCommits: 5))
        {
            walk.ToArray().ShouldHaveSingleItem().Commit.Subject.ShouldBe("Session 2");
            walk.GoesOn.ShouldBeTrue();
        }

        using var clone = GitTestRepository.Create(init: false);
        GitTestRepository.Run(clone.Root, repository.NextDate, "clone", "--quiet", "--depth", "3", "file://" + repository.Root.Replace('\\', '/'), "work");
        using var shallow = GitNoteWalk.Start(GitRepository.Open(System.IO.Path.Combine(clone.Root, "work")), GitTestRepository.NotePath);
        shallow.ToArray().ShouldHaveSingleItem().Commit.Subject.ShouldBe("Session 2");
        shallow.GoesOn.ShouldBeTrue();
    }

    [Fact]
    public void A_note_deleted_and_restored_gives_a_version_without_content_between()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-01", 1);
        repository.Commit("Session 1");
        repository.Git("rm", "--quiet", GitTestRepository.NotePath);
        repository.Commit("Drop the note");
        repository.WriteNote("2026-11-03", 3);
        repository.Commit("Session 3");

        using var walk = GitNoteWalk.Start(GitRepository.Open(repository.Root), GitTestRepository.NotePath);

        walk.Select(v => (v.Commit.Subject, v.Content is null)).ShouldBe(new[] { ("Session 3", false), ("Drop the note", true), ("Session 1", false) });
    }
}
