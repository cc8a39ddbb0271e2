using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>Recognises template hints and TODO/TBD left where content belongs.</summary>
public static class Placeholders
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

    // A whole paragraph in brackets reads as a hint, unless it is a checkbox or a lone priority tag.
    private static readonly Regex BracketedHint = new(@"^\[(?!\s*[xX ]?\s*\])(?![A-Za-z]\d{1,2}\])[^\[\]]{3,}\]$", RegexOptions.CultureInvariant);
    private static readonly Regex TodoOnly = new(@"^(?:TODO|TBD|FIXME)\b[\s.:!-]*(?:\.\.\.|…)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether a block's text is a placeholder rather than content.</summary>
    public static bool IsPlaceholder(string blockText)
    {
        var text = blockText.Trim();
        if (text.Length == 0) return false;
        foreach (var hint in TemplateHints)
        {
            if (string.Equals(Normalize(text), Normalize(hint), StringComparison.Ordinal)) return true;
        }

        return BracketedHint.IsMatch(text) || TodoOnly.IsMatch(text);
    }

    /// <summary>The placeholder blocks directly in a section: paragraphs, and the first paragraph of top-level list items.</summary>
    public static IEnumerable<Block> Find(HandoffDocument document, HandoffSection section)
    {
        foreach (var block in section.Blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                if (IsPlaceholder(document.TextOf(paragraph))) yield return paragraph;
            }
            else if (block is ListBlock list)
            {
                foreach (var child in list)
                {
                    if (child is ListItemBlock item && item.Count > 0 && item[0] is ParagraphBlock first && IsPlaceholder(document.TextOf(first)))
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
            if (block is ParagraphBlock paragraph && IsPlaceholder(document.TextOf(paragraph)))
            {
                any = true;
                continue;
            }

            return false;
        }

        return any;
    }

    private static string Normalize(string text) => text.Replace('\u2019', '\'').Replace(" - ", " — ");
}
