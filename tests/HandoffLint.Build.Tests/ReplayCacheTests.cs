using System;
using System.IO;
using System.Linq;
using HandoffLint.Build.Tests.Support;
using HandoffLint.Rules;

namespace HandoffLint.Build.Tests;

/// <summary>
/// The replay cache against real builds: every file the rules read (the core's <see cref="RuleInputFiles"/>, the list the
/// cache's key is made from) makes the next build lint again when it changes, so no build replays findings about an old file.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class ReplayCacheTests
{
    private const string Linted = "HandoffLint: linted;";
    private const string Replayed = "HandoffLint: " + LintResultCache.ReplayedDescription;

    private readonly PackageFixture _package;

    public ReplayCacheTests(PackageFixture package) => _package = package;

    [Fact]
    public void Changing_any_file_the_rules_read_makes_the_next_build_lint_again()
    {
        // A stale note always has a finding, so every build asks the task, which says whether it linted or replayed.
        var consumer = _package.CreateConsumer("replay-inputs").WriteProject().WriteNote(Notes.Stale).WriteFile("CLAUDE.md", Notes.ClaudeInstructions).CommitAll(Notes.StaleDate);
        consumer.Build().ExitCode.ShouldBe(0);
        Build(consumer).Output.ShouldContain(Replayed, customMessage: "nothing changed, so the result is replayed; else the misses below would prove nothing");

        foreach (var folder in RuleInputFiles.Folders)
        {
            Directory.CreateDirectory(consumer.PathOf(folder));
            Build(consumer).Output.ShouldContain(Linted, customMessage: $"'{folder}' appeared");
        }

        foreach (var file in RuleInputFiles.Files.Concat(RuleInputFiles.FilesAtRootAndAbove))
        {
            var path = consumer.PathOf(file);
            consumer.WriteFile(file, (File.Exists(path) ? File.ReadAllText(path) : string.Empty) + "\nEdited by the replay test.\n");
            var build = Build(consumer);
            build.Output.ShouldContain(Linted, customMessage: $"'{file}' changed:\n{build}");
            build.Output.ShouldNotContain(Replayed);
        }

        Build(consumer).Output.ShouldContain(Replayed, customMessage: "with nothing changed since the last lint, the next build replays again");
    }

    [Fact]
    public void A_broken_personal_settings_file_is_reported_by_the_next_build_and_its_repair_too()
    {
        var consumer = _package.CreateConsumer("replay-local-settings").WriteProject().WriteNote(Notes.Stale).WriteFile("CLAUDE.md", Notes.ClaudeInstructions)
            .WriteFile(RuleInputFiles.ClaudeSharedSettings, "{ \"permissions\": {} }\n").CommitAll(Notes.StaleDate);
        var local = consumer.PathOf(RuleInputFiles.ClaudeLocalSettings);
        consumer.Build().ExitCode.ShouldBe(0);
        var before = Build(consumer);

        consumer.WriteFile(RuleInputFiles.ClaudeLocalSettings, "{\n  \"hooks\": {},\n}\n");
        var broken = Build(consumer);
        File.Delete(local);
        var repaired = Build(consumer);

        before.Findings.ShouldNotContain(l => l.StartsWith(local, StringComparison.Ordinal), before.ToString());
        broken.Findings.Where(l => l.StartsWith(local, StringComparison.Ordinal)).ShouldHaveSingleItem(broken.ToString())
            .ShouldStartWith($"{local}(3,1): warning HL0041: .claude/settings.local.json is not valid JSON");
        repaired.Findings.ShouldBe(before.Findings, repaired.ToString());
    }

    private static DotnetResult Build(Consumer consumer) => consumer.Build("--no-restore", "-p:HandoffLintVerbosity=detailed");
}
