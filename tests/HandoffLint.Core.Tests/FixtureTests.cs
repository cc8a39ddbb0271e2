using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;

namespace HandoffLint.Tests;

/// <summary>
/// One theory over every Markdown fixture in <c>Fixtures/Rules</c>. A fixture carries its expected diagnostics inline,
/// markdownlint-style: <c>{HL0003}</c> (or <c>{HL0003,HL0009}</c>) at the end of the line they are reported on. The markers
/// are removed before linting, so they never change what is parsed. A first line
/// <c>&lt;!-- fixture: key = value; key = value --&gt;</c> holds <c>.editorconfig</c> properties for that fixture.
/// Every fixture is linted as of <see cref="Today"/>.
/// </summary>
public sealed class FixtureTests
{
    /// <summary>The day every fixture is judged on.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly Regex Marker = new(@"\s*\{(?<ids>HL\d{4}(?:\s*,\s*HL\d{4})*)\}\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex OptionsLine = new(@"^<!--\s*fixture:(?<props>.*)-->\s*$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureFolder, "*.md").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_reports_exactly_the_marked_diagnostics(string name)
    {
        var (text, expected, options) = Load(Path.Combine(FixtureFolder, name));

        var result = new HandoffLinter(new FixedClock(Today)).LintText(text, "docs/SESSION-HANDOFF.md", options);

        var actual = result.Diagnostics.Select(d => $"{d.Location.Line}: {d.Id}").OrderBy(s => s, StringComparer.Ordinal).ToList();
        var all = string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToString()));
        actual.ShouldBe(expected, $"Diagnostics of {name}:{Environment.NewLine}{all}");
    }

    [Fact]
    public void There_are_fixtures_for_every_document_rule()
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(FixtureFolder, "*.md"))
        {
            foreach (var line in File.ReadAllLines(file))
            {
                var match = Marker.Match(line);
                if (!match.Success) continue;
                foreach (var id in match.Groups["ids"].Value.Split(',')) covered.Add(id.Trim());
            }
        }

        var documentRules = Rules.RuleRegistry.Rules
            .Where(r => r.Scope == Rules.RuleScope.Document && r.Descriptor.Category != Diagnostics.RuleCategories.Git && r.Descriptor.Category != Diagnostics.RuleCategories.Protocol)
            .Select(r => r.Descriptor.Id)
            .Where(id => id != Diagnostics.RuleIds.HandoffTooLarge); // Needs 10,000 characters; covered by a focused fact instead.
        documentRules.Where(id => !covered.Contains(id)).ShouldBeEmpty("rules without a fixture");
    }

    internal static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Rules");

    internal static (string Text, List<string> Expected, HandoffLintOptions Options) Load(string path)
    {
        var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n');
        var expected = new List<string>();
        var options = new HandoffLintOptions();
        for (var i = 0; i < lines.Length; i++)
        {
            var optionsLine = OptionsLine.Match(lines[i]);
            if (i == 0 && optionsLine.Success)
            {
                var properties = "[*]\n" + string.Join("\n", optionsLine.Groups["props"].Value.Split(';'));
                var file = EditorConfigFile.Parse(properties, path);
                EditorConfigOptionsReader.Apply(file.Sections.SelectMany(s => s.Properties), options);
                continue;
            }

            var marker = Marker.Match(lines[i]);
            if (!marker.Success) continue;
            foreach (var id in marker.Groups["ids"].Value.Split(',')) expected.Add($"{i + 1}: {id.Trim()}");
            lines[i] = lines[i].Substring(0, marker.Index);
        }

        expected.Sort(StringComparer.Ordinal);
        return (string.Join("\n", lines), expected, options);
    }
}
