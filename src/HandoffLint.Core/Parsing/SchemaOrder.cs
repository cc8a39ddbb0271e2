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
