using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using HandoffLint.Tests.Support;
using HandoffLint.Text;

namespace HandoffLint.Tests.Configuration;

/// <summary>
/// <c>rules/names.md</c> is both the documentation and the data of what HandoffLint recognises: its tables are read, every
/// alias belongs to one section only, and every corpus note it cites really has the name it is cited for.
/// </summary>
public sealed class NamesTableTests
{
    [Fact]
    public void The_tables_are_read_and_every_row_names_a_section_of_the_schema()
    {
        var sections = HandoffLintOptions.DefaultSections.Select(s => s.Name).ToHashSet();

        NamesTable.Aliases.Count.ShouldBeGreaterThan(50);
        NamesTable.Aliases.Where(r => !sections.Contains(r.Section)).Select(r => r.Section + " | " + r.Alias).ShouldBeEmpty();
        NamesTable.ExcludedWords.Keys.Where(k => !sections.Contains(k)).ShouldBeEmpty();
        NamesTable.StampLabels.ShouldContain("Last updated");
    }

    [Fact]
    public void No_alias_names_two_sections()
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var clashes = new List<string>();
        foreach (var section in HandoffLintOptions.DefaultSections)
        {
            foreach (var name in new[] { section.Name }.Concat(section.Aliases))
            {
                var key = SectionNames.Normalize(name);
                if (owners.TryGetValue(key, out var owner) && owner != section.Name) clashes.Add($"'{name}' names {owner} and {section.Name}");
                owners[key] = section.Name;
            }
        }

        clashes.ShouldBeEmpty();
    }

    [Fact]
    public void Configured_aliases_add_to_the_defaults()
    {
        var whatsNext = HandoffLintOptions.DefaultSections.Single(s => s.Key == SectionKeys.WhatsNext).WithAdditionalAliases(new[] { "下一步" });

        whatsNext.Matches("## Next up").ShouldBeTrue();
        whatsNext.Matches("下一步（优先）").ShouldBeTrue();
    }

    [CorpusTheory]
    [MemberData(nameof(CitedAliases))]
    public void Every_corpus_note_cited_for_an_alias_has_a_heading_it_names(string section, string alias, bool inside, string note)
    {
        var schema = HandoffLintOptions.DefaultSections.Single(s => s.Name == section);
        var aliasKey = SectionNames.Normalize(alias);
        var headings = Headings(note);

        // The heading, read as HandoffLint reads it (numbering and qualifiers dropped), is the alias and names the section;
        // or, for an alias marked "inside", a longer heading holds it.
        headings.ShouldContain(h => ((SectionNames.Read(h).Whole == aliasKey || SectionNames.Read(h).Name == aliasKey) && schema.Matches(h))
                || (inside && SectionNames.ContainsPhrase(SectionNames.Read(h).Whole, aliasKey)),
            $"{note} has no heading read as '{alias}'; its headings: {string.Join(" | ", headings)}");
    }

    [CorpusTheory]
    [MemberData(nameof(CitedLabels))]
    public void Every_corpus_note_cited_for_a_stamp_label_has_its_stamp_read_from_a_line_with_that_label(string label, string note)
    {
        var document = HandoffDocument.Parse(SourceText.From(File.ReadAllText(Path.Combine(TestPaths.CorpusFolder, note))), note, new HandoffLintOptions());

        document.Stamp.ShouldNotBeNull($"{note}: no stamp read");
        document.Stamp!.Date.ShouldNotBeNull($"{note}: stamp '{document.Stamp.Text}' has no date");
        var line = document.Source.GetLine(document.Source.LineIndexOf(document.Stamp.Start));
        SectionNames.Normalize(line).ShouldContain(SectionNames.Normalize(label), Case.Sensitive, $"{note}: the stamp was read from '{line}'");
    }

    public static TheoryData<string, string, bool, string> CitedAliases()
    {
        var data = new TheoryData<string, string, bool, string>();
        foreach (var row in NamesTable.Aliases)
        {
            foreach (var note in Notes(row.CorpusNotes)) data.Add(row.Section, row.Alias, row.Inside, note);
        }

        return data;
    }

    public static TheoryData<string, string> CitedLabels()
    {
        var data = new TheoryData<string, string>();
        foreach (var (label, notes) in NamesTable.StampLabelRows)
        {
            foreach (var note in Notes(notes)) data.Add(label, note);
        }

        return data;
    }

    private static IEnumerable<string> Notes(string cell) =>
        cell.Split(',').Select(n => n.Trim()).Where(n => n.Length == 3 && n.All(char.IsDigit)).Select(n => n + ".md");

    private static List<string> Headings(string note)
    {
        var document = HandoffDocument.Parse(SourceText.From(File.ReadAllText(Path.Combine(TestPaths.CorpusFolder, note))), note, new HandoffLintOptions());
        return document.Headings.Select(h => h.Title).ToList();
    }
}
