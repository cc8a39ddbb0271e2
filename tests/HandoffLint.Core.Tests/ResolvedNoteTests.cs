using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Tests.Git;

namespace HandoffLint.Tests;

/// <summary>One resolution of a note (root, options, bytes, parse, git) that every front end lints, fixes or hooks from.</summary>
public sealed class ResolvedNoteTests
{
    [Fact]
    public void Resolves_root_configuration_switches_bytes_and_parse_once_and_the_result_carries_the_root()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-22", 12)
            .Write(".editorconfig", "root = true\n[*.md]\nhandofflint.max_age_days = 3\nhandofflint.priority_tags = P0,P1\n")
            .Commit("Start");

        var note = ResolvedNote.Resolve(new LintRequest(repository.NoteFullPath) { Configure = o => o.MaxAgeDays = 9 });

        note.RepositoryRoot.ShouldBe(repository.Root);
        note.ConfigurationFiles.ShouldBe(new[] { Path.Combine(repository.Root, ".editorconfig") });
        (note.Options.MaxAgeDays, string.Join(",", note.Options.PriorityTags)).ShouldBe((9, "P0,P1"), "the switch wins over .editorconfig; the rest of the file stays in force");
        note.Bytes.ShouldBe(File.ReadAllBytes(repository.NoteFullPath));
        (note.FileState, note.Document!.Stamp!.Session).ShouldBe((HandoffFileState.Present, 12));
        note.Git.Repository!.Root.ShouldBe(repository.Root);

        var result = new HandoffLinter(new FixedClock(GitLint.Today)).Lint(note);
        (result.RepositoryRoot, result.Note, result.Document).ShouldBe((repository.Root, note, note.Document));
    }

    [Fact]
    public void Linting_a_resolved_note_reads_nothing_again()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-22", 12).Commit("Start");
        var note = ResolvedNote.Resolve(new LintRequest(repository.NoteFullPath) { Configure = o => o.GitRulesEnabled = false });

        File.WriteAllText(repository.NoteFullPath, "changed after resolution: no sections at all\n");
        var result = new HandoffLinter(new FixedClock(GitLint.Today)).Lint(note);

        result.Diagnostics.Where(d => d.Location.Path == note.DisplayPath && d.Severity != DiagnosticSeverity.Suggestion).ShouldBeEmpty("the lint judged the bytes resolved, not the file as it is now");
        new HandoffLinter(new FixedClock(GitLint.Today)).Lint(new LintRequest(repository.NoteFullPath) { Configure = o => o.GitRulesEnabled = false })
            .Diagnostics.ShouldContain(d => d.Id == RuleIds.FarFromSchema, "a fresh resolution does see the change");
    }

    [Fact]
    public void The_repository_note_request_searches_the_root_once_and_says_when_there_is_none()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-22", 12).Commit("Start");
        Directory.CreateDirectory(Path.Combine(repository.Root, "src", "deep"));

        var inside = LintRequest.ForRepositoryNote(Path.Combine(repository.Root, "src", "deep"));
        (inside.Path, inside.RepositoryRoot).ShouldBe((repository.NoteFullPath, repository.Root));

        var outsideFolder = Directory.CreateTempSubdirectory("handofflint-no-repo-").FullName;
        try
        {
            var outside = ResolvedNote.Resolve(LintRequest.ForRepositoryNote(outsideFolder));
            (outside.FullPath, outside.RepositoryRoot, outside.FileState).ShouldBe((Path.Combine(outsideFolder, "docs", "SESSION-HANDOFF.md"), null, HandoffFileState.Missing));
            outside.Git.UnavailableReason.ShouldBe("the note is not inside a git repository");
        }
        finally
        {
            Directory.Delete(outsideFolder, recursive: true);
        }
    }

    [Fact]
    public void With_text_keeps_place_root_and_configuration_and_parses_only_the_new_text()
    {
        using var repository = GitTestRepository.Create();
        repository.WriteNote("2026-11-22", 12).Write(".editorconfig", "root = true\n[*.md]\nhandofflint.max_age_days = soon\n").Commit("Start");
        var note = ResolvedNote.Resolve(new LintRequest(repository.NoteFullPath) { DisplayPath = "docs/SESSION-HANDOFF.md" });

        var changed = note.WithText(GitTestRepository.Note("2026-11-23", 13));

        (changed.FullPath, changed.DisplayPath, changed.RepositoryRoot, changed.Options).ShouldBe((note.FullPath, note.DisplayPath, note.RepositoryRoot, note.Options));
        changed.ConfigurationDiagnostics.ShouldHaveSingleItem().Id.ShouldBe(RuleIds.InvalidConfiguration);
        (changed.IsTextGiven, changed.Bytes, changed.Document!.Stamp!.Session).ShouldBe((true, null, 13));
        note.Document!.Stamp!.Session.ShouldBe(12);
    }
}
