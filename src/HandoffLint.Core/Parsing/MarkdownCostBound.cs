using System;
using System.Collections.Generic;

namespace HandoffLint.Parsing;

/// <summary>
/// A linear scan before the parse for the block constructs whose cost in Markdig grows with their square: past
/// <see cref="Limit"/> lines of one shape, the rest are changed, in the copy Markdig parses, so that they are plain text.
/// Every change keeps the text's length, so every offset and line Markdig reports is still the note's own.
/// </summary>
/// <remarks>
/// Markdig removes a block from its parent with a search from the parent's first child (<c>ContainerBlock.Remove</c>):
/// a setext heading removes the paragraph it underlines, and a paragraph of link reference definitions removes itself.
/// Repeated, each removal searches every block before it: 1 MB of <c>X</c>/<c>---</c> took 8 s, 2.2 MB 33 s; 1 MB of
/// <c>x</c>, a blank line, <c>[a]: b</c> 4.8 s. With at most <see cref="Limit"/> of each, the searches cost at most
/// <see cref="Limit"/> times the note's block count. The shapes are found loosely (inside any quote, list or code block),
/// which can only count more, never let a costly one through. Setext headings past the limit are reported (HL0027): the
/// note loses headings. Definitions are not: no rule reads them, and read as text they change no finding.
/// </remarks>
internal static class MarkdownCostBound
{
    /// <summary>How many lines of each shape are parsed as Markdown; real notes have none to a few (the corpus: at most 1 underline).</summary>
    public const int Limit = 100;

    /// <summary>
    /// Returns <paramref name="text"/>, or a copy with the lines past the limit made plain text, and what was bounded
    /// (empty when nothing was).
    /// </summary>
    public static string Apply(string text, out IReadOnlyList<BoundedConstruct> bounded)
    {
        char[]? copy = null;
        int underlines = 0, bracketLines = 0, firstUnderline = -1;
        var previousBlank = true;
        for (var start = 0; start < text.Length;)
        {
            // A vectorised search for the line's end: this runs over every note before its parse.
            var length = text.AsSpan(start).IndexOfAny('\n', '\r');
            var end = length < 0 ? text.Length : start + length;

            // Skip what may open or continue containers (indentation, quote markers): the shapes count inside them too.
            var content = start;
            while (content < end && (text[content] == ' ' || text[content] == '\t' || text[content] == '>')) content++;

            if (content < end && !previousBlank && (text[content] == '-' || text[content] == '=') && IsUnderline(text, content, end))
            {
                if (++underlines > Limit)
                {
                    copy ??= text.ToCharArray();
                    if (firstUnderline < 0) firstUnderline = content;
                    // The underline becomes blank: the line above stays a paragraph.
                    for (var i = content; i < end && (text[i] == '-' || text[i] == '='); i++) copy[i] = ' ';
                }
            }
            else if (content < end && text[content] == '[' && ++bracketLines > Limit)
            {
                // Only a paragraph opening with '[' can be a definition (its label may run over lines, so every such line
                // counts), and a letter in its place changes no block. Rules never read definitions, so this is not reported.
                copy ??= text.ToCharArray();
                copy[content] = 'x';
            }

            previousBlank = content == end;
            start = end + (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n' ? 2 : 1);
        }

        bounded = firstUnderline < 0 ? Array.Empty<BoundedConstruct>() : new[] { new BoundedConstruct(underlines, firstUnderline) };
        return copy is null ? text : new string(copy);
    }

    /// <summary>A run of one of '-' or '=' from <paramref name="start"/>, then only spaces or tabs to <paramref name="end"/>.</summary>
    private static bool IsUnderline(string text, int start, int end)
    {
        var marker = text[start];
        var i = start;
        while (i < end && text[i] == marker) i++;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) i++;
        return i == end;
    }
}
