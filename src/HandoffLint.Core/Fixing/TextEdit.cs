using System;
using System.Collections.Generic;
using System.Text;

namespace HandoffLint.Fixing;

/// <summary>One replacement of the text between two offsets; a fix computes its edits on one parse and applies them together.</summary>
internal readonly struct TextEdit
{
    public TextEdit(int start, int end, string replacement)
    {
        Start = start;
        End = end;
        Replacement = replacement;
    }

    public int Start { get; }

    public int End { get; }

    public string Replacement { get; }

    /// <summary>Applies non-overlapping edits; edits at the same offset are applied in the order given.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        if (edits.Count == 0) return text;
        var ordered = new List<(TextEdit Edit, int Order)>(edits.Count);
        for (var i = 0; i < edits.Count; i++) ordered.Add((edits[i], i));
        ordered.Sort((a, b) => a.Edit.Start != b.Edit.Start ? a.Edit.Start.CompareTo(b.Edit.Start) : a.Order.CompareTo(b.Order));

        var builder = new StringBuilder(text.Length + 256);
        var position = 0;
        foreach (var (edit, _) in ordered)
        {
            if (edit.Start < position || edit.End < edit.Start || edit.End > text.Length)
            {
                throw new InvalidOperationException($"Overlapping or invalid edit [{edit.Start}, {edit.End}) after offset {position}.");
            }

            builder.Append(text, position, edit.Start - position).Append(edit.Replacement);
            position = edit.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
