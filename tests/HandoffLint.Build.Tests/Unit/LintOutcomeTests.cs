using System.IO;

namespace HandoffLint.Build.Tests.Unit;

public sealed class LintOutcomeTests
{
    private static readonly LintOutcome Sample = new(
        new[]
        {
            new Finding(FindingLevel.Warning, "HL0007", "https://example.invalid/HL0007.md", "/repo/docs/SESSION-HANDOFF.md", 7, 1, "Placeholder '[a\tb]' with {braces}, a \\ and\na line break"),
            new Finding(FindingLevel.Suggestion, "HL0030", "https://example.invalid/HL0030.md", "/repo/docs/SESSION-HANDOFF.md", 0, 0, "git is not there"),
            new Finding(FindingLevel.Error, "HL0022", "https://example.invalid/HL0022.md", "/repo/.editorconfig", 3, 1, "'handofflint.max_age_days' must be a number"),
        },
        new[] { "checked /repo/docs/SESSION-HANDOFF.md (read)", "configuration none\twith a tab" },
        isReplayable: true);

    [Fact]
    public void Round_trips_every_field_including_tabs_line_breaks_and_backslashes()
    {
        var read = LintOutcome.Read(Write(Sample, "key-1"), "key-1").ShouldNotBeNull();

        read.Summary.ShouldBe(Sample.Summary);
        read.Findings.Count.ShouldBe(3);
        for (var i = 0; i < 3; i++)
        {
            read.Findings[i].Level.ShouldBe(Sample.Findings[i].Level);
            read.Findings[i].Id.ShouldBe(Sample.Findings[i].Id);
            read.Findings[i].HelpLink.ShouldBe(Sample.Findings[i].HelpLink);
            read.Findings[i].File.ShouldBe(Sample.Findings[i].File);
            read.Findings[i].Line.ShouldBe(Sample.Findings[i].Line);
            read.Findings[i].Column.ShouldBe(Sample.Findings[i].Column);
            read.Findings[i].Message.ShouldBe(Sample.Findings[i].Message);
        }
    }

    [Fact]
    public void Another_key_is_not_replayed()
    {
        LintOutcome.Read(Write(Sample, "key-1"), "key-2").ShouldBeNull();
    }

    [Fact]
    public void A_file_cut_short_or_damaged_is_not_replayed()
    {
        var text = Write(Sample, "key-1");

        LintOutcome.Read(text.Substring(0, text.LastIndexOf("end", System.StringComparison.Ordinal)), "key-1").ShouldBeNull();
        LintOutcome.Read(text.Replace("finding\tWarning", "finding\tLoud", System.StringComparison.Ordinal), "key-1").ShouldBeNull();
        LintOutcome.Read(string.Empty, "key-1").ShouldBeNull();
    }

    private static string Write(LintOutcome outcome, string key)
    {
        using var writer = new StringWriter();
        outcome.Write(writer, key);
        return writer.ToString();
    }
}
