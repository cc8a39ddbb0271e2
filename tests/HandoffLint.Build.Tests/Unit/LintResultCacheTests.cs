using System;
using System.IO;
using System.Linq;
using HandoffLint.Rules;

namespace HandoffLint.Build.Tests.Unit;

/// <summary>The key of the result cache changes with everything a lint result depends on, so a replay is never stale.</summary>
public sealed class LintResultCacheTests : IDisposable
{
    private static readonly DateTime Today = new(2026, 11, 23);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "handofflint-cache-tests-" + Guid.NewGuid().ToString("N"));

    public LintResultCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        Directory.CreateDirectory(Path.Combine(_root, ".git", "refs", "heads"));
        File.WriteAllText(Path.Combine(_root, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(_root, ".git", "refs", "heads", "main"), "1111111111111111111111111111111111111111\n");
        File.WriteAllText(Note, "# Session Handoff\n");
    }

    private string Note => Path.Combine(_root, "docs", "SESSION-HANDOFF.md");

    [Fact]
    public void Same_inputs_give_the_same_key()
    {
        Key().ShouldBe(Key());
    }

    [Fact]
    public void Editing_the_note_changes_the_key()
    {
        var before = Key();
        File.AppendAllText(Note, "\n## Last Updated\n");

        Key().ShouldNotBe(before);
    }

    [Fact]
    public void An_editorconfig_above_the_note_changes_the_key()
    {
        var before = Key();
        File.WriteAllText(Path.Combine(_root, ".editorconfig"), "[*.md]\nhandofflint.max_age_days = 30\n");

        Key().ShouldNotBe(before);
    }

    /// <summary>The core's list of the files rules read (the cache compiles the same file in), never a copy of it.</summary>
    public static TheoryData<string> RuleInputs() => new(RuleInputFiles.Files.Concat(RuleInputFiles.FilesAtRootAndAbove));

    [Theory]
    [MemberData(nameof(RuleInputs))]
    public void Writing_and_then_editing_each_file_the_rules_read_changes_the_key(string file)
    {
        var before = Key();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
        File.WriteAllText(Path.Combine(_root, file), "Read docs/SESSION-HANDOFF.md at the start.\n");
        var written = Key();
        File.AppendAllText(Path.Combine(_root, file), "Rewrite it before the session ends.\n");

        new[] { before, written, Key() }.ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(ManifestsAbove))]
    public void A_tool_manifest_above_the_repository_changes_the_key(string file)
    {
        var repository = Path.Combine(_root, "repo");
        var note = Path.Combine(repository, "docs", "SESSION-HANDOFF.md");
        Directory.CreateDirectory(Path.GetDirectoryName(note)!);
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(note, "# Session Handoff\n");
        var before = LintResultCache.ComputeKey(note, repository, null, Today);

        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
        File.WriteAllText(Path.Combine(_root, file), "{ \"version\": 1, \"tools\": {} }");

        LintResultCache.ComputeKey(note, repository, null, Today).ShouldNotBe(before);
    }

    public static TheoryData<string> ManifestsAbove() => new(RuleInputFiles.FilesAtRootAndAbove);

    [Fact]
    public void The_claude_folder_appearing_changes_the_key()
    {
        RuleInputFiles.Folders.ShouldContain(".claude");
        var before = Key();
        Directory.CreateDirectory(Path.Combine(_root, ".claude"));

        Key().ShouldNotBe(before);
    }

    [Fact]
    public void A_new_commit_changes_the_key()
    {
        var before = Key();
        File.WriteAllText(Path.Combine(_root, ".git", "refs", "heads", "main"), "2222222222222222222222222222222222222222\n");

        Key().ShouldNotBe(before);
    }

    [Fact]
    public void Another_day_changes_the_key()
    {
        LintResultCache.ComputeKey(Note, _root, null, Today.AddDays(1)).ShouldNotBe(Key());
    }

    [Fact]
    public void A_missing_note_and_a_folder_in_its_place_have_keys_of_their_own()
    {
        var present = Key();
        File.Delete(Note);
        var missing = Key();
        Directory.CreateDirectory(Note);
        var folder = Key();

        new[] { present, missing, folder }.ShouldBeUnique();
    }

    [Fact]
    public void A_base_ref_turns_the_cache_off()
    {
        LintResultCache.ComputeKey(Note, _root, "origin/main", Today).ShouldBeNull();
    }

    [Fact]
    public void Written_outcomes_are_read_back_for_their_key_only()
    {
        var folder = Path.Combine(_root, "cache");
        var outcome = new LintOutcome(new[] { new Finding(FindingLevel.Warning, "HL0014", "https://example.invalid", Note, 4, 1, "stale") }, Array.Empty<string>(), isReplayable: true);

        LintResultCache.Write(folder, Note, "key-1", outcome);
        LintResultCache.Write(folder, Note, "key-1", outcome); // Over an existing file too.

        LintResultCache.TryRead(folder, Note, "key-1").ShouldNotBeNull().Findings.ShouldHaveSingleItem().Id.ShouldBe("HL0014");
        LintResultCache.TryRead(folder, Note, "key-2").ShouldBeNull();
        Directory.GetFiles(folder).ShouldHaveSingleItem(); // No temporary file left behind.
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Key() => LintResultCache.ComputeKey(Note, _root, null, Today).ShouldNotBeNull();
}
