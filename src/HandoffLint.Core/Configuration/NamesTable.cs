using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace HandoffLint.Configuration;

/// <summary>
/// The names HandoffLint recognises in real notes (section aliases, the words that keep a heading from looking like a
/// section, stamp labels), read from <c>rules/names.md</c>, which the build embeds: the documentation page is the data,
/// so the two cannot drift apart.
/// </summary>
internal static class NamesTable
{
    private const string ResourceName = "HandoffLint.names.md";

    private static readonly Lazy<Tables> Loaded = new(Load);

    /// <summary>The default aliases: section name, alias, whether a heading that contains the alias looks like the section, corpus notes.</summary>
    public static IReadOnlyList<AliasRow> Aliases => Loaded.Value.Aliases;

    /// <summary>Per section name, the words that keep a heading from looking like it.</summary>
    public static IReadOnlyDictionary<string, string[]> ExcludedWords => Loaded.Value.Excluded;

    /// <summary>The labels a stamp line may start with (<c>Updated</c>, <c>Date</c>, <c>最后更新</c>), as written in the table.</summary>
    public static IReadOnlyList<string> StampLabels => Loaded.Value.StampLabels.Select(r => r.Label).ToArray();

    /// <summary>The stamp labels with the corpus notes each was seen in.</summary>
    public static IReadOnlyList<(string Label, string CorpusNotes)> StampLabelRows => Loaded.Value.StampLabels;

    private static Tables Load()
    {
        using var stream = typeof(NamesTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} (rules/names.md) is missing from HandoffLint.Core.");
        using var reader = new StreamReader(stream);
        var tables = new Tables();
        string? section = null;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line.Substring(3).Trim();
                continue;
            }

            var cells = Cells(line);
            if (cells is null) continue;
            switch (section)
            {
                case "Section aliases" when cells.Length == 4:
                    tables.Aliases.Add(new AliasRow(cells[0], cells[1], cells[2] == "yes", cells[3]));
                    break;
                case "Words that keep a heading from looking like a section" when cells.Length == 2:
                    tables.Excluded[cells[0]] = cells[1].Split(',').Select(w => SectionNames.Normalize(w)).Where(w => w.Length > 0).ToArray();
                    break;
                case "Stamp labels" when cells.Length == 2:
                    tables.StampLabels.Add((cells[0], cells[1]));
                    break;
            }
        }

        return tables;
    }

    /// <summary>The cells of a table row, or null for any other line (and for the header and separator rows).</summary>
    private static string[]? Cells(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '|' || trimmed[trimmed.Length - 1] != '|') return null;
        var cells = trimmed.Substring(1, trimmed.Length - 2).Split('|').Select(c => c.Trim()).ToArray();
        if (cells.All(c => c.Length > 0 && c.Trim('-', ':').Length == 0)) return null;
        // The header rows name the columns; data rows never start with these words.
        if (cells[0] == "Section" || cells[0] == "Label") return null;
        return cells;
    }

    /// <summary>One row of the alias table.</summary>
    internal sealed class AliasRow
    {
        public AliasRow(string section, string alias, bool inside, string corpusNotes)
        {
            Section = section;
            Alias = alias;
            Inside = inside;
            CorpusNotes = corpusNotes;
        }

        /// <summary>The schema section's canonical name (<c>What's Next</c>).</summary>
        public string Section { get; }

        /// <summary>The alias as written.</summary>
        public string Alias { get; }

        /// <summary>Whether a longer heading that contains the alias looks like the section.</summary>
        public bool Inside { get; }

        /// <summary>The corpus notes it was seen in, as written (<c>022, 036</c>), or <c>-</c>.</summary>
        public string CorpusNotes { get; }
    }

    private sealed class Tables
    {
        public List<AliasRow> Aliases { get; } = new();

        public Dictionary<string, string[]> Excluded { get; } = new(StringComparer.Ordinal);

        public List<(string Label, string CorpusNotes)> StampLabels { get; } = new();
    }
}
