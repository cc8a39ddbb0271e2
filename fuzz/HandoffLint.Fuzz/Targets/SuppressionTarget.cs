using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using HandoffLint.Diagnostics;
using HandoffLint.Suppressions;
using HandoffLint.Text;

namespace HandoffLint.Fuzz.Targets;

/// <summary>
/// Inline suppressions, differentially: the range-per-ID map must say what the straightforward line-by-line model says for
/// every line and ID, and hold no more entries than its directives name.
/// </summary>
public sealed class SuppressionTarget : IFuzzTarget
{
    private static readonly string[] Ids = { "HL0016", "HL0017", "hl0003", "HL0005" };

    private static readonly Regex Directive = new(
        @"<!--\s*handofflint-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)(?<ids>(?:[\s,]+[A-Za-z]{2}\d{4})*)\s*-->",
        RegexOptions.CultureInvariant);

    public string Name => "suppression";

    public Gen<string> Inputs(IReadOnlyList<string> corpus) =>
        Gen.Select(
                Gen.OneOf("disable", "enable", "disable-line", "disable-next-line", "disable-file", "disabled", "Disable"),
                Gen.OneOf(Ids.Concat(new[] { "HL9", "XX0001" }).ToArray()).Array[0, 3],
                Gen.OneOf(" ", ",", ", ", "\t", string.Empty),
                Gen.OneOf("-->", " -->", "->", string.Empty),
                (kind, ids, separator, close) => "<!-- handofflint-" + kind + (ids.Length > 0 ? " " : string.Empty) + string.Join(separator, ids) + " " + close)
            .Array[0, 3]
            .Select(directives => string.Join(" ", directives))
            .Array[1, 30]
            .Select(lines => string.Join("\n", lines));

    public IReadOnlyList<string> Check(string input)
    {
        var problems = new List<string>();
        try
        {
            var source = SourceText.From(input);
            var map = SuppressionMap.Read(source);
            var model = Model(source);
            foreach (var id in Ids.Select(i => i.ToUpperInvariant()).Append("HL0001"))
            {
                for (var line = 1; line <= source.LineCount; line++)
                {
                    var expected = model.FileWide.Contains(id) || model.FileWide.Contains("*") || (line - 1 < model.Lines.Length && model.Lines[line - 1] is { } set && (set.Contains(id) || set.Contains("*")));
                    var actual = map.IsSuppressed(id, new SourceLocation("note.md", line, 1, line, 1));
                    if (actual != expected) problems.Add($"suppression-agrees: {id} on line {line}: the map says {actual}");
                }
            }

            if (map.StoredEntries > model.NamedIds + 1) problems.Add($"suppression-linear: {map.StoredEntries} entries for {model.NamedIds} IDs named");
        }
        catch (Exception e)
        {
            problems.Add($"no-exception: {e.GetType().Name}: {e.Message}");
        }

        return problems;
    }

    /// <summary>The plain model: walk the lines, copying the set of disabled IDs into each (quadratic, and obviously right).</summary>
    private static (HashSet<string> FileWide, HashSet<string>?[] Lines, int NamedIds) Model(SourceText source)
    {
        var fileWide = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lines = new HashSet<string>?[source.LineCount];
        var active = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var named = 0;
        for (var line = 0; line < source.LineCount; line++)
        {
            var lineIds = new HashSet<string>(active, StringComparer.OrdinalIgnoreCase);
            foreach (Match match in Directive.Matches(source.GetLine(line)))
            {
                var ids = match.Groups["ids"].Value.Split(new[] { ' ', '\t', ',', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(i => i.ToUpperInvariant()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                if (ids.Count == 0) ids.Add("*");
                named += ids.Count;
                switch (match.Groups["kind"].Value)
                {
                    case "disable-file": fileWide.UnionWith(ids); break;
                    case "disable": active.UnionWith(ids); lineIds.UnionWith(ids); break;
                    case "enable": if (ids.Contains("*")) active.Clear(); else active.ExceptWith(ids); break;
                    case "disable-line": lineIds.UnionWith(ids); break;
                    case "disable-next-line":
                        if (line + 1 < source.LineCount) (lines[line + 1] ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).UnionWith(ids);
                        break;
                }
            }

            if (lineIds.Count > 0) (lines[line] ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).UnionWith(lineIds);
        }

        return (fileWide, lines, named);
    }
}
