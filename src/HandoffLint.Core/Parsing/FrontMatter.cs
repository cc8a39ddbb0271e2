using System;
using System.Collections.Generic;
using HandoffLint.Text;

namespace HandoffLint.Parsing;

/// <summary>
/// YAML (<c>---</c>) or TOML (<c>+++</c>) front matter at the top of a note: metadata, never headings or sections. Its
/// top-level <c>key: value</c> (or <c>key = value</c>) pairs are kept for the stamp.
/// </summary>
public sealed class FrontMatter
{
    // More than this many lines without a closing fence is no front matter: a note that opens with a rule and a paragraph.
    private const int MaxLines = 200;

    private FrontMatter(int end, int lineCount, IReadOnlyList<(string Key, string Value, int ValueStart)> entries)
    {
        End = end;
        LineCount = lineCount;
        Entries = entries;
    }

    /// <summary>The 0-based offset just after the closing fence's line break: where the note's Markdown starts.</summary>
    public int End { get; }

    /// <summary>How many lines the front matter takes, fences included.</summary>
    public int LineCount { get; }

    /// <summary>The top-level entries, with the 0-based offset of each value in the note.</summary>
    public IReadOnlyList<(string Key, string Value, int ValueStart)> Entries { get; }

    /// <summary>The front matter at the start of <paramref name="source"/>, or null when it has none.</summary>
    public static FrontMatter? Read(SourceText source)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        var text = source.Text;
        if (text.Length < 3 || (text[0] != '-' && text[0] != '+') || source.LineCount < 3) return null;
        var fence = source.GetLine(0).TrimEnd();
        if (fence != "---" && fence != "+++") return null;
        var toml = fence == "+++";
        var entries = new List<(string, string, int)>();
        var sawEntry = false;
        for (var line = 1; line < source.LineCount && line <= MaxLines; line++)
        {
            var content = source.GetLine(line);
            var trimmed = content.TrimEnd();
            if (trimmed == fence || (!toml && trimmed == "..."))
            {
                if (!sawEntry) return null;
                var end = line + 1 < source.LineCount ? source.LineStart(line + 1) : text.Length;
                return new FrontMatter(end, line + 1, entries);
            }

            if (trimmed.Length == 0 || trimmed.TrimStart().StartsWith("#", StringComparison.Ordinal)) continue;
            var entry = ReadEntry(content, toml);
            if (entry is { } pair)
            {
                sawEntry = true;
                entries.Add((pair.Key, pair.Value, source.LineStart(line) + pair.ValueIndex));
            }
            else if (!sawEntry)
            {
                // The first line of real front matter is a key; anything else means a rule, then Markdown.
                return null;
            }
        }

        return null;
    }

    /// <summary>The value of the first entry whose key is one of <paramref name="keys"/> (case-insensitive).</summary>
    public (string Value, int ValueStart)? Find(params string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var entry in Entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.OrdinalIgnoreCase)) return (entry.Value, entry.ValueStart);
            }
        }

        return null;
    }

    /// <summary>A top-level <c>key: value</c> (YAML) or <c>key = value</c> (TOML) line; indented lines belong to the entry above.</summary>
    private static (string Key, string Value, int ValueIndex)? ReadEntry(string line, bool toml)
    {
        if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] == '-') return null;
        var separator = line.IndexOf(toml ? '=' : ':');
        if (separator <= 0) return null;
        var key = line.Substring(0, separator).Trim().Trim('"', '\'');
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '-' && c != '.') return null;
        }

        var valueIndex = separator + 1;
        while (valueIndex < line.Length && char.IsWhiteSpace(line[valueIndex])) valueIndex++;
        var value = line.Substring(valueIndex).TrimEnd();
        // Quotes are YAML's and TOML's, not the value's.
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
        {
            value = value.Substring(1, value.Length - 2);
            valueIndex++;
        }

        return (key, value, valueIndex);
    }
}
