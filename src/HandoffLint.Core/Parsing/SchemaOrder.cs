using System;
using System.Collections.Generic;
using HandoffLint.Configuration;

namespace HandoffLint.Parsing;

/// <summary>
/// Which of a note's schema sections already stand in the schema's order. The order rule reports the others and the
/// fixer inserts missing sections next to these, so both read the note's order the same way.
/// </summary>
internal static class SchemaOrder
{
    /// <summary>The first occurrence of each schema section, in document order, with its position in the schema.</summary>
    public static List<(HandoffSection Section, int Index)> FirstOccurrences(HandoffDocument document, IReadOnlyList<SchemaSection> schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var present = new List<(HandoffSection Section, int Index)>();
        foreach (var section in document.Sections)
        {
            if (section.Schema is null || !seen.Add(section.Schema.Key)) continue;
            var index = IndexOf(schema, section.Schema.Key);
            if (index >= 0) present.Add((section, index));
        }

        return present;
    }

    /// <summary>The schema sections present in schema order (first occurrence of each, longest in-order run), by schema index.</summary>
    public static Dictionary<int, HandoffSection> InOrderSections(HandoffDocument document, IReadOnlyList<SchemaSection> schema)
    {
        var present = FirstOccurrences(document, schema);
        var anchors = new Dictionary<int, HandoffSection>();
        foreach (var i in LongestInOrderRun(present)) anchors[present[i].Index] = present[i].Section;
        return anchors;
    }

    /// <summary>
    /// Where the missing schema section at <paramref name="index"/> belongs: after the content of the nearest earlier section
    /// already in order, else before the nearest later one, else before the note's first section, else at its end. The
    /// report points there and the fix inserts there, with the same words.
    /// </summary>
    public static (int Offset, string Where) InsertionPoint(HandoffDocument document, IReadOnlyList<SchemaSection> schema, Dictionary<int, HandoffSection> anchors, int index)
    {
        var source = document.Source;
        for (var earlier = index - 1; earlier >= 0; earlier--)
        {
            if (!anchors.TryGetValue(earlier, out var before)) continue;
            return (LineStartAt(source, before.ContentEnd), $"after '## {before.Title}'");
        }

        for (var later = index + 1; later < schema.Count; later++)
        {
            if (!anchors.TryGetValue(later, out var after)) continue;
            return (LineStartAt(source, after.Heading.Span.Start), (index == 0 ? "first, " : string.Empty) + $"before '## {after.Title}'");
        }

        return document.Sections.Count > 0
            ? (LineStartAt(source, document.Sections[0].Heading.Span.Start), $"before '## {document.Sections[0].Title}', the note's first section")
            : (source.Text.Length, "at the end of the note");
    }

    private static int LineStartAt(Text.SourceText source, int offset)
    {
        if (offset >= source.Text.Length) return source.Text.Length;
        return source.LineStart(source.LineIndexOf(Math.Max(0, offset)));
    }

    /// <summary>The position of the section with <paramref name="key"/> in the schema, or -1.</summary>
    public static int IndexOf(IReadOnlyList<SchemaSection> schema, string key)
    {
        for (var i = 0; i < schema.Count; i++)
        {
            if (schema[i].Key == key) return i;
        }

        return -1;
    }

    /// <summary>
    /// The positions (into <paramref name="present"/>) of a longest run already in schema order, the first such run on ties:
    /// keeping it and moving the rest is the fewest moves that put the note in order.
    /// </summary>
    public static List<int> LongestInOrderRun(List<(HandoffSection Section, int Index)> present)
    {
        var length = new int[present.Count];
        var previous = new int[present.Count];
        var best = -1;
        for (var i = 0; i < present.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (present[j].Index < present[i].Index && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }

            if (best < 0 || length[i] > length[best]) best = i;
        }

        var run = new List<int>();
        for (var i = best; i >= 0; i = previous[i]) run.Add(i);
        run.Reverse();
        return run;
    }
}
