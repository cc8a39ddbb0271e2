using System;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests;

/// <summary>Every real note of the shared corpus, when it is present beside the repository.</summary>
public sealed class CorpusTests
{
    [CorpusTheory]
    [MemberData(nameof(TestPaths.CorpusNotes), MemberType = typeof(TestPaths))]
    public void Real_note_lints_without_failure_and_every_position_is_inside_the_file(string name)
    {
        var path = Path.Combine(TestPaths.CorpusFolder, name);
        var text = File.ReadAllText(path);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)))
            .Lint(new LintRequest(path) { UseEditorConfig = false, RepositoryRoot = string.Empty, Configure = o => o.GitRulesEnabled = false });

        result.Document.ShouldNotBeNull();
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError);
        foreach (var diagnostic in result.Diagnostics)
        {
            var location = diagnostic.Location;
            location.Line.ShouldBeInRange(1, lines.Length, diagnostic.ToString());
            location.Column.ShouldBeInRange(1, lines[location.Line - 1].Length + 1, diagnostic.ToString());
            location.EndLine.ShouldBeInRange(location.Line, lines.Length, diagnostic.ToString());
        }
    }

    [CorpusTheory]
    [MemberData(nameof(TestPaths.CorpusNotes), MemberType = typeof(TestPaths))]
    public void Real_note_gets_a_short_report(string name)
    {
        var path = Path.Combine(TestPaths.CorpusFolder, name);

        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)))
            .Lint(new LintRequest(path) { UseEditorConfig = false, RepositoryRoot = string.Empty, Configure = o => o.GitRulesEnabled = false });

        // Users with notes of their own shape get a report they can read, not a flood: one line per missing section,
        // a few stamp findings, and per-item findings only where they wrote a priority list.
        var perItem = new[] { RuleIds.NextStepPriorityMissing, RuleIds.NextStepPriorityUnknown, RuleIds.NextStepsOutOfOrder, RuleIds.PlaceholderLeft, RuleIds.SecretInHandoff };
        result.Diagnostics.Count(d => !perItem.Contains(d.Id)).ShouldBeLessThanOrEqualTo(14, string.Join(Environment.NewLine, result.Diagnostics));
    }
}
