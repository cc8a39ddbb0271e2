using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Text;

namespace HandoffLint.Fuzz;

/// <summary>What every diagnostic of a note must be, whatever the note holds.</summary>
public static class DiagnosticInvariants
{
    /// <summary>The broken invariants of <paramref name="diagnostics"/>, reported for the note <paramref name="source"/> at <paramref name="path"/>.</summary>
    public static IEnumerable<string> Check(IReadOnlyList<Diagnostic> diagnostics, SourceText source, string path)
    {
        foreach (var d in diagnostics)
        {
            if (d.Id == RuleIds.InternalError) yield return "no-internal-error: " + d.Message;
            if (!TerminalText.IsSafe(d.Message)) yield return $"message-safe: {d.Id} message holds a control, bidi or line-break character";
            if (d.Location.IsWholeFile || d.Location.Path != path) continue;
            foreach (var problem in Position(d, source)) yield return problem;
        }
    }

    /// <summary>A located diagnostic points inside its lines, from start to end, and never between the halves of a surrogate pair.</summary>
    private static IEnumerable<string> Position(Diagnostic d, SourceText source)
    {
        var l = d.Location;
        var where = $"{d.Id} at ({l.Line},{l.Column})-({l.EndLine},{l.EndColumn})";
        if (l.Line < 1 || l.Line > source.LineCount || l.EndLine < l.Line || l.EndLine > source.LineCount)
        {
            yield return $"position-in-line: {where} is outside the note's {source.LineCount} lines";
            yield break;
        }

        if (l.EndLine == l.Line && l.EndColumn < l.Column) yield return $"position-in-line: {where} ends before it starts";
        foreach (var (line, column) in new[] { (l.Line, l.Column), (l.EndLine, l.EndColumn) })
        {
            var start = source.LineStart(line - 1);
            var length = source.LineEnd(line - 1) - start;
            if (column < 1 || column > length + 1)
            {
                yield return $"position-in-line: {where}: column {column} is outside line {line} ({length} characters)";
                continue;
            }

            var offset = start + column - 1;
            if (offset > 0 && offset < source.Text.Length && char.IsLowSurrogate(source.Text[offset]) && char.IsHighSurrogate(source.Text[offset - 1]))
            {
                yield return $"position-not-in-surrogate-pair: {where}: column {column} of line {line} splits a surrogate pair";
            }
        }
    }

    /// <summary>A diagnostic as a comparable line: ID, severity, location and message.</summary>
    public static string Describe(Diagnostic d) =>
        $"{d.Id} {d.Severity} ({d.Location.Line},{d.Location.Column})-({d.Location.EndLine},{d.Location.EndColumn}) {d.Message}";

    /// <summary>How many of each ID.</summary>
    public static Dictionary<string, int> CountById(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
}
