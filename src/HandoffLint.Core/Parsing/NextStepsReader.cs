using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>How a What's Next item carries its priority.</summary>
internal enum PriorityTagKind
{
    /// <summary>Exactly one configured tag, spelt as configured, first: <c>[P0] Fix it</c>.</summary>
    Canonical,

    /// <summary>A configured tag in another spelling: <c>P0:</c>, <c>(P0)</c>, <c>[p0]</c>, <c>**P0**</c>.</summary>
    Misspelt,

    /// <summary>A tag-like prefix that is not in the configured set: <c>[P3]</c>.</summary>
    Unknown,

    /// <summary>More than one tag at the start: <c>[P0][P1]</c>.</summary>
    Multiple,

    /// <summary>No tag at the start.</summary>
    None,
}

/// <summary>A top-level item of the What's Next list and its priority tag.</summary>
internal sealed class NextStepItem
{
    internal NextStepItem(ListItemBlock item, int contentStart, string firstLine)
    {
        Item = item;
        ContentStart = contentStart;
        FirstLine = firstLine;
    }

    /// <summary>The list item.</summary>
    public ListItemBlock Item { get; }

    /// <summary>The 0-based offset where the item's text starts (after the list marker).</summary>
    public int ContentStart { get; }

    /// <summary>The item's first line of text.</summary>
    public string FirstLine { get; }

    /// <summary>How the item carries its priority.</summary>
    public PriorityTagKind Kind { get; internal set; } = PriorityTagKind.None;

    /// <summary>The tag as written (<c>P0:</c>, <c>[P3]</c>), or null.</summary>
    public string? WrittenTag { get; internal set; }

    /// <summary>The configured tag it stands for (<c>P0</c>), for canonical and misspelt tags.</summary>
    public string? Tag { get; internal set; }

    /// <summary>The position of the tag in the configured set (0 is highest priority), when known.</summary>
    public int? Priority { get; internal set; }

    /// <summary>The length of the written prefix a fix replaces with the canonical tag and one space.</summary>
    public int PrefixLength { get; internal set; }

    /// <summary>A canonical tag found later in the item's first line, when none stands first.</summary>
    public string? LaterTag { get; internal set; }
}

/// <summary>Reads the What's Next section into items with priorities.</summary>
internal static class NextStepsReader
{
    private static readonly Regex BracketTag = new(@"^\[(?<tag>[^\]\s]{1,12})\]", RegexOptions.CultureInvariant);

    // Decorated spellings of a tag: **P0**, (P0), P0:, __P1__ -, p2. and the like.
    private static readonly Regex LooseTag = new(
        @"^(?<lead>\*\*|__|\*|_)?\s*(?<open>[\[(])?\s*(?<tag>[A-Za-z]\d{1,2})\s*(?<close>[\])])?\s*(?<trail>\*\*|__|\*|_)?\s*(?<sep>[:\u2013\u2014.-])?(?=\s|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex AnyBracketTag = new(@"\[(?<tag>[A-Za-z]\d{1,2})\]", RegexOptions.CultureInvariant);

    /// <summary>
    /// Every What's Next item with a priority, however it was written: list items tagged in any decoration or under a
    /// priority sub-heading, table rows (a <c>Priority</c> column, or a cell that starts with a tag), sub-headings that are
    /// items (<c>### P0 — Fix it</c>) and paragraph lines that start with a tag; in document order. Finished items (struck
    /// out, ticked) are left out. The lint rules read the schema's list form through <see cref="Read"/>; summaries, the
    /// hooks and the stuck-work rule read this.
    /// </summary>
    public static IReadOnlyList<PrioritizedItem> ReadPrioritized(HandoffDocument document, HandoffLintOptions options)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        if (options is null) throw new ArgumentNullException(nameof(options));
        return PrioritizedItemsReader.Read(document, options);
    }

    /// <summary>The first item at the highest configured priority (<c>P0</c>), in document order, or null when there is none.</summary>
    public static PrioritizedItem? FirstOfHighestPriority(HandoffDocument document, HandoffLintOptions options)
    {
        foreach (var item in ReadPrioritized(document, options))
        {
            if (item.Priority == 0) return item;
        }

        return null;
    }

    /// <summary>The top-level items of every list directly under What's Next, in order; empty when there is no such section.</summary>
    public static IReadOnlyList<NextStepItem> Read(HandoffDocument document, HandoffLintOptions options)
    {
        var section = document.FindSection(SectionKeys.WhatsNext);
        if (section is null) return Array.Empty<NextStepItem>();
        var items = new List<NextStepItem>();
        foreach (var list in section.Blocks.OfType<ListBlock>())
        {
            foreach (var child in list)
            {
                if (child is not ListItemBlock item) continue;
                var first = item.Count > 0 ? item[0] : null;
                var start = first is null ? item.Span.End : Math.Max(0, first.Span.Start);
                var text = document.Source.Text;
                start = Math.Min(start, text.Length);
                var line = document.Source.LineIndexOf(start);
                var end = Math.Max(start, document.Source.LineEnd(line));
                var next = new NextStepItem(item, start, first is null ? string.Empty : text.Substring(start, end - start));
                Classify(next, options);
                items.Add(next);
            }
        }

        return items;
    }

    private static void Classify(NextStepItem item, HandoffLintOptions options)
    {
        var line = item.FirstLine;
        if (TryClassifyCanonical(item, line, options)) return;
        var bracket = BracketTag.Match(line);
        if (bracket.Success)
        {
            var written = bracket.Groups["tag"].Value;
            var afterFirst = line.Substring(bracket.Length).TrimStart();
            item.WrittenTag = bracket.Value;
            item.PrefixLength = bracket.Length;
            if (BracketTag.IsMatch(afterFirst) && LooksLikeTag(BracketTag.Match(afterFirst).Groups["tag"].Value, options))
            {
                item.Kind = PriorityTagKind.Multiple;
                return;
            }

            var exact = IndexOf(options.PriorityTags, written, StringComparison.Ordinal);
            if (exact >= 0)
            {
                item.Kind = PriorityTagKind.Canonical;
                item.Tag = options.PriorityTags[exact];
                item.Priority = exact;
                return;
            }

            if (LooksLikeTag(written, options))
            {
                SetLoose(item, written, options);
                return;
            }
        }

        var loose = LooseTag.Match(line);
        if (loose.Success && LooksLikeTag(loose.Groups["tag"].Value, options) && IsDecorated(loose))
        {
            item.WrittenTag = loose.Value.Trim();
            item.PrefixLength = loose.Length;
            SetLoose(item, loose.Groups["tag"].Value, options);
            return;
        }

        var later = AnyBracketTag.Match(line);
        if (later.Success && IndexOf(options.PriorityTags, later.Groups["tag"].Value, StringComparison.Ordinal) >= 0) item.LaterTag = later.Value;
        item.Kind = PriorityTagKind.None;
    }

    // The common case, "[P0] text", without a regular expression: a configured tag in brackets, then no second tag.
    private static bool TryClassifyCanonical(NextStepItem item, string line, HandoffLintOptions options)
    {
        if (line.Length < 3 || line[0] != '[') return false;
        var close = line.IndexOf(']', 1);
        if (close < 2 || close > 13) return false;
        var rest = close + 1;
        while (rest < line.Length && line[rest] == ' ') rest++;
        if (rest < line.Length && line[rest] == '[') return false;
        for (var i = 0; i < options.PriorityTags.Count; i++)
        {
            var tag = options.PriorityTags[i];
            if (tag.Length != close - 1 || string.CompareOrdinal(line, 1, tag, 0, tag.Length) != 0) continue;
            item.Kind = PriorityTagKind.Canonical;
            item.Tag = tag;
            item.Priority = i;
            item.WrittenTag = line.Substring(0, close + 1);
            item.PrefixLength = close + 1;
            return true;
        }

        return false;
    }

    private static void SetLoose(NextStepItem item, string written, HandoffLintOptions options)
    {
        var index = IndexOf(options.PriorityTags, written, StringComparison.OrdinalIgnoreCase);
        if (index >= 0)
        {
            item.Kind = PriorityTagKind.Misspelt;
            item.Tag = options.PriorityTags[index];
            item.Priority = index;
        }
        else
        {
            item.Kind = PriorityTagKind.Unknown;
        }
    }

    // "Step 1" is not a tag; a tag-like token needs decoration (brackets, bold, parentheses or a separator after it).
    private static bool IsDecorated(Match match) =>
        match.Groups["open"].Success || match.Groups["lead"].Success || match.Groups["sep"].Success;

    private static bool LooksLikeTag(string token, HandoffLintOptions options) =>
        IndexOf(options.PriorityTags, token, StringComparison.OrdinalIgnoreCase) >= 0 ||
        (token.Length >= 2 && (token[0] == 'P' || token[0] == 'p') && char.IsDigit(token[1]));

    private static int IndexOf(IReadOnlyList<string> tags, string tag, StringComparison comparison)
    {
        for (var i = 0; i < tags.Count; i++)
        {
            if (string.Equals(tags[i], tag, comparison)) return i;
        }

        return -1;
    }
}
