using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>Recognises template hints and TODO/TBD left where content belongs.</summary>
internal static class Placeholders
{
    /// <summary>The bracketed hints of the pattern's own template, verbatim.</summary>
    public static IReadOnlyList<string> TemplateHints { get; } = new[]
    {
        "[What's working, what's deployed, what's in progress]",
        "[Bullet points of completed work]",
        "[Approaches that didn't work and why — so the next session doesn't repeat them]",
        "[Prioritized list of next steps]",
        "[Architectural choices made and the reasoning]",
    };

    /// <summary>
    /// How the to-do line <c>handofflint fix</c> writes under a section it inserts starts: <c>TODO(handofflint): ...</c>.
    /// It is a placeholder like the template's hints, and it tells a section the fix inserted from one the user left.
    /// </summary>
    public const string FixToDoMarker = "TODO(handofflint):";

    private static readonly string[] NormalizedHints = TemplateHints.Select(Normalize).ToArray();

    // A whole paragraph in brackets reads as a hint, unless it is a checkbox or a lone priority tag.
    private static readonly Regex BracketedHint = new(@"^\[(?!\s*[xX ]?\s*\])(?![A-Za-z]\d{1,2}\])[^\[\]]{3,}\]$", RegexOptions.CultureInvariant);
    private static readonly Regex TodoOnly = new(@"^(?:TODO|TBD|FIXME)\b[\s.:!-]*(?:\.\.\.|…)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether a block's text is a placeholder rather than content.</summary>
    public static bool IsPlaceholder(string blockText)
    {
        var text = blockText.Trim();
        if (text.Length == 0) return false;
        var normalized = Normalize(text);
        foreach (var hint in NormalizedHints)
        {
            if (string.Equals(normalized, hint, StringComparison.Ordinal)) return true;
        }

        return BracketedHint.IsMatch(text) || TodoOnly.IsMatch(text) || text.StartsWith(FixToDoMarker, StringComparison.Ordinal);
    }

    /// <summary>
    /// A cheap test on the block's first character: placeholders start with '[' or with T/F (TODO, TBD, FIXME) and are
    /// short. Lets the rules skip building strings for the paragraphs that make up almost every real note.
    /// </summary>
    private static bool MayBePlaceholder(HandoffDocument document, Block block)
    {
        var text = document.Source.Text;
        var start = Math.Max(0, block.Span.Start);
        if (start >= text.Length || block.Span.Length > 400) return false;
        var end = Math.Min(text.Length, block.Span.End + 1);
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var c = text[start];
        if (c == '[') return end > start && text[end - 1] == ']';
        if (c == 'T' && string.CompareOrdinal(text, start, FixToDoMarker, 0, FixToDoMarker.Length) == 0) return true;
        return (c == 'T' || c == 't' || c == 'F' || c == 'f') && end - start <= 16;
    }

    /// <summary>The placeholder blocks directly in a section: paragraphs, and the first paragraph of top-level list items.</summary>
    public static IEnumerable<Block> Find(HandoffDocument document, HandoffSection section)
    {
        foreach (var block in section.Blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                if (MayBePlaceholder(document, paragraph) && IsPlaceholder(document.TextOf(paragraph))) yield return paragraph;
            }
            else if (block is ListBlock list)
            {
                foreach (var child in list)
                {
                    if (child is ListItemBlock item && item.Count > 0 && item[0] is ParagraphBlock first && MayBePlaceholder(document, first) && IsPlaceholder(document.TextOf(first)))
                    {
                        yield return first;
                    }
                }
            }
        }
    }

    /// <summary>Whether a section holds nothing but placeholders.</summary>
    public static bool IsPlaceholderOnly(HandoffDocument document, HandoffSection section)
    {
        var any = false;
        foreach (var block in section.Blocks)
        {
            if (block is HtmlBlock) continue;
            if (block is ParagraphBlock paragraph && MayBePlaceholder(document, paragraph) && IsPlaceholder(document.TextOf(paragraph)))
            {
                any = true;
                continue;
            }

            return false;
        }

        return any;
    }

    /// <summary>Whether a section holds only the to-do line <c>handofflint fix</c> inserted (<see cref="FixToDoMarker"/>).</summary>
    public static bool IsFixToDoOnly(HandoffDocument document, HandoffSection section)
    {
        var any = false;
        foreach (var block in section.Blocks)
        {
            if (block is HtmlBlock) continue;
            if (block is ParagraphBlock paragraph && StartsWithFixToDo(document, paragraph))
            {
                any = true;
                continue;
            }

            return false;
        }

        return any;
    }

    private static bool StartsWithFixToDo(HandoffDocument document, Block block)
    {
        var start = Math.Max(0, block.Span.Start);
        var text = document.Source.Text;
        return start + FixToDoMarker.Length <= text.Length && string.CompareOrdinal(text, start, FixToDoMarker, 0, FixToDoMarker.Length) == 0;
    }

    private static string Normalize(string text) => text.Replace('\u2019', '\'').Replace(" - ", " — ");
}
