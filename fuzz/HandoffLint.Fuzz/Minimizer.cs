using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffLint.Fuzz;

/// <summary>
/// Shrinks a failing input before it becomes a fixture: delta debugging over lines, then over characters, keeping a
/// removal whenever the same property still fails. A fixture of five lines says more than a mutated note of five hundred.
/// </summary>
public static class Minimizer
{
    /// <summary>The smallest input found (within <paramref name="budget"/> checks) for which <paramref name="fails"/> still holds.</summary>
    public static string Minimize(string input, Func<string, bool> fails, int budget = 3000)
    {
        var checks = 0;
        bool Fails(string candidate) => checks++ < budget && fails(candidate);

        var lines = SplitKeepingEnds(input);
        lines = Reduce(lines, parts => Fails(string.Concat(parts)));
        var characters = string.Concat(lines).Select(c => c.ToString()).ToList();
        characters = Reduce(characters, parts => Fails(string.Concat(parts)));
        return string.Concat(characters);
    }

    /// <summary>ddmin: remove chunks of decreasing size while the failure remains.</summary>
    private static List<string> Reduce(List<string> parts, Func<List<string>, bool> fails)
    {
        var chunk = Math.Max(1, parts.Count / 2);
        while (chunk >= 1 && parts.Count > 0)
        {
            var removed = false;
            for (var start = 0; start < parts.Count;)
            {
                var candidate = parts.Take(start).Concat(parts.Skip(start + chunk)).ToList();
                if (candidate.Count < parts.Count && fails(candidate))
                {
                    parts = candidate;
                    removed = true;
                }
                else
                {
                    start += chunk;
                }
            }

            if (!removed) chunk /= 2;
        }

        return parts;
    }

    private static List<string> SplitKeepingEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }
}
