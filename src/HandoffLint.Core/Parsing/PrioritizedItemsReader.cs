using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>
/// Reads What's Next the way people write priorities, not only the schema's <c>- [P0] item</c>: a tag at the start of a
/// list item in any decoration (<c>**P0**</c>, <c>P0:</c>, <c>(P0)</c>), a tag later in the item (<c>Fix it (P0)</c>),
/// a table with a <c>Priority</c> column or a cell that starts with a tag, a sub-heading that is an item
/// (<c>### P0 — Fix it</c>) or that labels the items under it (<c>### P0 — Critical</c>, <c>**P0 (blocking):**</c>),
/// and paragraph lines that start with a tag. Only the configured tags count; a tag-like word in prose
/// (<c>P0 items are done</c>) or a sub-phase (<c>P1.5</c>) does not.
/// </summary>
internal sealed class PrioritizedItemsReader
{
    // The words of a label, so that "### P0 — Critical" or "**P0 — Must do first:**" names a group rather than an item.
    private static readonly HashSet<string> LabelWords = new(StringComparer.Ordinal)
    {
        "critical", "crit", "blocker", "blockers", "blocking", "urgent", "high", "highest", "top", "priority", "priorities",
        "must", "have", "haves", "do", "first", "now", "immediate", "immediately", "asap", "required", "important",
        "item", "items", "task", "tasks", "todo", "todos", "next", "this", "session", "sessions", "before", "anything", "else",
        "fix", "fixes", "open", "remaining", "pending", "in", "progress", "and", "the", "for", "current", "sprint", "week",
        "today", "right", "away", "blocks", "release", "launch", "up", "work", "goals", "goal", "focus", "needed", "need",
        "should", "nice", "to", "later", "soon", "low", "medium", "normal", "backlog", "p0", "p1", "p2", "p3",
    };

    // Header words of a table's priority column, and of the column that holds an item's words.
    private static readonly HashSet<string> PriorityHeaders = new(StringComparer.Ordinal) { "priority", "prio", "pri", "p", "severity", "urgency", "importance" };
    private static readonly HashSet<string> TextHeaders = new(StringComparer.Ordinal)
    {
        "item", "items", "task", "tasks", "what", "todo", "next step", "next steps", "step", "action", "actions", "title",
        "description", "work", "issue", "goal", "next", "feature", "fix", "change", "deliverable", "objective", "summary",
    };

    // Columns that never hold an item's words: numbering, ownership, state and sizing.
    private static readonly HashSet<string> NonTextHeaders = new(StringComparer.Ordinal)
    {
        string.Empty, "no", "n", "nr", "id", "order", "rank", "number", "num", "status", "owner", "who", "eta", "due", "effort",
        "estimate", "size", "state", "done", "when", "date", "phase",
    };

    private static readonly Regex TableDelimiter = new(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$", RegexOptions.CultureInvariant);

    private readonly HandoffDocument _document;
    private readonly IReadOnlyList<string> _tags;
    private readonly Regex _leading;
    private readonly Regex _inline;
    private readonly List<PrioritizedItem> _items = new();
    private Group? _group;

    private PrioritizedItemsReader(HandoffDocument document, HandoffLintOptions options)
    {
        _document = document;
        _tags = options.PriorityTags;
        (_leading, _inline) = Patterns.For(options.PriorityTags);
    }

    /// <summary>The prioritised items of What's Next, in document order; empty when there is no such section.</summary>
    public static IReadOnlyList<PrioritizedItem> Read(HandoffDocument document, HandoffLintOptions options)
    {
        var section = document.FindSection(SectionKeys.WhatsNext);
        if (section is null || options.PriorityTags.Count == 0) return Array.Empty<PrioritizedItem>();
        var reader = new PrioritizedItemsReader(document, options);
        foreach (var block in section.Blocks) reader.Visit(block);
        reader.CloseGroup();
        return reader._items;
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                VisitHeading(heading);
                break;
            case ListBlock list:
                VisitList(list);
                break;
            case ParagraphBlock paragraph:
                VisitParagraph(paragraph);
                break;
        }
    }

    private void VisitHeading(HeadingBlock heading)
    {
        if (_group is { } open && (open.HeadingLevel == 0 || heading.Level <= open.HeadingLevel)) CloseGroup();
        var (start, end) = FirstLine(heading);
        var title = HeadingTitle(_document.Source.Text.Substring(start, end - start));
        if (TryReadLeading(title, allowBare: true, out var priority, out var rest))
        {
            if (IsLabel(rest)) OpenGroup(priority, heading.Level);
            else Add(priority, rest, PriorityForm.Heading, start, end);
        }
        else if (TryFindInline(title, out priority, out var without))
        {
            Add(priority, without.Substring(SkipDecoration(without)), PriorityForm.Heading, start, end);
        }
    }

    private void VisitList(ListBlock list)
    {
        foreach (var child in list)
        {
            if (child is not ListItemBlock item || item.Count == 0 || item[0] is not ParagraphBlock paragraph) continue;
            var (start, end) = FirstLine(paragraph);
            var text = _document.TextOf(paragraph);
            if (IsDone(text)) continue;
            var firstLine = _document.Source.Text.Substring(start, end - start);
            if (TryReadLeading(text, allowBare: true, out var priority, out var rest))
            {
                var nested = item.OfType<ListBlock>().FirstOrDefault();
                if (IsLabel(rest) && nested is not null)
                {
                    // "- **P0:**" with the items indented under it.
                    var outer = _group;
                    _group = new Group(priority, int.MaxValue);
                    VisitList(nested);
                    _group = outer;
                }
                else
                {
                    Add(priority, rest, PriorityForm.ListItem, start, end);
                }
            }
            else if (TryFindInline(firstLine, out priority, out _))
            {
                TryFindInline(text, out _, out var without);
                Add(priority, without, PriorityForm.ListItem, start, end);
            }
            else if (_group is { } group)
            {
                group.Yielded = true;
                Add(group.Priority, text, PriorityForm.ListItem, start, end);
            }
        }
    }

    private void VisitParagraph(ParagraphBlock paragraph)
    {
        var source = _document.Source;
        var first = source.LineIndexOf(Math.Max(0, paragraph.Span.Start));
        var last = source.LineIndexOf(Math.Max(0, Math.Min(paragraph.Span.End, source.Text.Length - 1)));
        if (last > first && TableDelimiter.IsMatch(source.GetLine(first + 1)) && source.GetLine(first).IndexOf('|') >= 0)
        {
            VisitTable(first, last);
            return;
        }

        for (var line = first; line <= last; line++)
        {
            var text = source.GetLine(line);
            if (IsDone(text)) continue;
            if (TryReadLeading(text, allowBare: false, out var priority, out var rest))
            {
                if (IsLabel(rest))
                {
                    CloseGroup();
                    _group = new Group(priority, 0);
                }
                else
                {
                    Add(priority, rest, PriorityForm.Paragraph, source.LineStart(line), source.LineEnd(line));
                }
            }
            else if (_group is { Candidate: null } group && text.Trim().Length > 0)
            {
                group.Candidate = (text, source.LineStart(line), source.LineEnd(line));
            }
        }
    }

    private void VisitTable(int headerLine, int lastLine)
    {
        var source = _document.Source;
        var headers = SplitRow(source.GetLine(headerLine)).Select(SectionNames.Normalize).ToArray();
        var priorityColumn = Array.FindIndex(headers, PriorityHeaders.Contains);
        var textColumn = Array.FindIndex(headers, TextHeaders.Contains);
        if (textColumn < 0) textColumn = Array.FindIndex(headers, h => !PriorityHeaders.Contains(h) && !NonTextHeaders.Contains(h));
        if (textColumn < 0) textColumn = priorityColumn == 0 && headers.Length > 1 ? 1 : 0;

        // A table without a header of its own ("| **P0** | Ship it |" first) has its first item where the header would be.
        for (var line = priorityColumn < 0 ? headerLine : headerLine + 2; line <= lastLine; line += line == headerLine ? 2 : 1)
        {
            var cells = SplitRow(source.GetLine(line));
            int priority;
            string? words;
            if (priorityColumn >= 0)
            {
                if (priorityColumn >= cells.Length || !TryReadLeading(cells[priorityColumn], allowBare: true, out priority, out _)) continue;
                words = Cell(cells, textColumn);
            }
            else
            {
                var tagged = Array.FindIndex(cells, c => TryReadLeading(c, allowBare: true, out _, out _));
                if (tagged < 0) continue;
                TryReadLeading(cells[tagged], allowBare: true, out priority, out var rest);
                words = rest.Length > 0 ? rest : Cell(cells, tagged == textColumn ? -1 : textColumn) ?? cells.Where((_, i) => i != tagged).FirstOrDefault(c => c.Trim().Length > 0);
            }

            Add(priority, words ?? string.Empty, PriorityForm.TableRow, source.LineStart(line), source.LineEnd(line));
        }
    }

    private void OpenGroup(int priority, int headingLevel)
    {
        CloseGroup();
        _group = new Group(priority, headingLevel);
    }

    // A priority sub-heading with no list under it: its first line of prose is the item.
    private void CloseGroup()
    {
        if (_group is { Yielded: false, Candidate: { } candidate } group) Add(group.Priority, candidate.Text, PriorityForm.Paragraph, candidate.Start, candidate.End);
        _group = null;
    }

    private void Add(int priority, string words, PriorityForm form, int start, int end)
    {
        var text = Clean(words);
        if (text.Length == 0) return;
        _items.Add(new PrioritizedItem(_tags[priority], priority, text, form, start, end));
    }

    /// <summary>
    /// A tag at the start of <paramref name="text"/>, after any emoji and numbering: decorated (<c>[P0]</c>, <c>**P0**</c>,
    /// <c>(P0)</c>, <c>P0:</c>, <c>Priority: P0</c>) or, where <paramref name="allowBare"/>, bare (<c>P0 Fix it</c>, for
    /// tags that hold a digit).
    /// </summary>
    private bool TryReadLeading(string text, bool allowBare, out int priority, out string rest)
    {
        priority = -1;
        rest = string.Empty;
        var start = SkipDecoration(text);
        var match = _leading.Match(text, start);
        if (!match.Success) return false;
        var tag = match.Groups["tag"].Value;
        var decorated = match.Groups["lead"].Success || match.Groups["open"].Success || match.Groups["sep"].Success || match.Groups["word"].Success;
        if (!decorated && !(allowBare && tag.Any(char.IsDigit))) return false;
        priority = IndexOfTag(tag);
        if (priority < 0) return false;
        rest = text.Substring(match.Index + match.Length);
        return true;
    }

    /// <summary>A decorated tag anywhere in <paramref name="text"/> (<c>[P0]</c>, <c>(P0)</c>, <c>**P0**</c>, <c>`P0`</c>), and the text without it.</summary>
    private bool TryFindInline(string text, out int priority, out string without)
    {
        priority = -1;
        without = text;
        var match = _inline.Match(text);
        if (!match.Success) return false;
        priority = IndexOfTag(match.Groups["tag"].Value);
        if (priority < 0) return false;
        without = text.Remove(match.Index, match.Length);
        return true;
    }

    private int IndexOfTag(string tag)
    {
        for (var i = 0; i < _tags.Count; i++)
        {
            if (string.Equals(_tags[i], tag, StringComparison.OrdinalIgnoreCase)) return i;
        }

        return -1;
    }

    // Struck out, ticked or marked done: "~~[P0] Fix it~~", "[x] P0: Fix it", "✅ P0 Fix it" are finished, not next.
    private static bool IsDone(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("~~", StringComparison.Ordinal) || trimmed.StartsWith("[x]", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("\u2705", StringComparison.Ordinal) || trimmed.StartsWith("\u2714", StringComparison.Ordinal) || trimmed.StartsWith("\u2611", StringComparison.Ordinal);
    }

    // Emoji, bullets, an open checkbox and ordinal numbering ("1.", "2)") before a tag: "🔴 P0", "[ ] P0:", "### 1. [P0] Ship".
    private static int SkipDecoration(string text)
    {
        var i = 0;
        while (true)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || IsSymbol(text[i]))) i++;
            if (string.CompareOrdinal(text, i, "[ ]", 0, 3) == 0)
            {
                i += 3;
                continue;
            }

            var digits = i;
            while (digits < text.Length && char.IsDigit(text[digits])) digits++;
            if (digits > i && digits + 1 < text.Length && (text[digits] == '.' || text[digits] == ')') && char.IsWhiteSpace(text[digits + 1]))
            {
                i = digits + 1;
                continue;
            }

            return i;
        }
    }

    private static bool IsSymbol(char c) => !char.IsLetterOrDigit(c) && "[(*_`~".IndexOf(c) < 0;

    // The words after a tag name a group ("Critical", "(blocking)", "Must do first:", nothing) rather than an item.
    private static bool IsLabel(string rest)
    {
        var text = Clean(rest);
        if (text.Length == 0 || text.EndsWith(":", StringComparison.Ordinal)) return true;
        if (text.StartsWith("(", StringComparison.Ordinal) && text.EndsWith(")", StringComparison.Ordinal)) return true;
        var words = SectionNames.Normalize(text);
        return words.Length == 0 || words.Split(' ').All(LabelWords.Contains);
    }

    /// <summary>An item's words on one line: whitespace collapsed, separators and emphasis around them removed.</summary>
    private static string Clean(string words)
    {
        var collapsed = new StringBuilder(words.Length);
        var space = false;
        foreach (var c in words)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space) collapsed.Append(' ');
            space = false;
            collapsed.Append(c);
        }

        var text = collapsed.ToString();
        string previous;
        do
        {
            previous = text;
            text = text.Trim().TrimStart(':', '-', '\u2013', '\u2014', '|').Trim();
            if (text.Length >= 4 && (text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal)) && text.EndsWith(text.Substring(0, 2), StringComparison.Ordinal))
            {
                text = text.Substring(2, text.Length - 4);
            }
            else if (text.EndsWith("**", StringComparison.Ordinal) && text.IndexOf("**", StringComparison.Ordinal) == text.Length - 2)
            {
                text = text.Substring(0, text.Length - 2); // "**P0 — Fix it**": the opening stars went with the tag.
            }
            else if (text.StartsWith("**", StringComparison.Ordinal) && text.IndexOf("**", 2, StringComparison.Ordinal) < 0)
            {
                text = text.Substring(2); // "**P0:** Fix it": the closing stars came right after the tag.
            }
        }
        while (text != previous);

        return text;
    }

    private static string HeadingTitle(string line)
    {
        var title = line.Trim().TrimStart('#').Trim();
        var closing = title.Length;
        while (closing > 0 && title[closing - 1] == '#') closing--;
        return closing < title.Length && (closing == 0 || title[closing - 1] == ' ') ? title.Substring(0, closing).Trim() : title;
    }

    private (int Start, int End) FirstLine(Block block)
    {
        var source = _document.Source;
        var start = Math.Max(0, Math.Min(block.Span.Start, source.Text.Length));
        return (start, Math.Max(start, source.LineEnd(source.LineIndexOf(start))));
    }

    // "| a | b \| c |" gives "a", "b \| c": the outer pipes are optional, an escaped pipe stays in its cell.
    private static string[] SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var text = line.Trim();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
            }
            else if (text[i] == '|')
            {
                if (i > 0) cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }

        if (cell.ToString().Trim().Length > 0) cells.Add(cell.ToString().Trim());
        return cells.ToArray();
    }

    private static string? Cell(string[] cells, int index) => index >= 0 && index < cells.Length && cells[index].Length > 0 ? cells[index] : null;

    /// <summary>An open priority group: a sub-heading or label whose items follow it.</summary>
    private sealed class Group(int priority, int headingLevel)
    {
        public int Priority => priority;

        /// <summary>The group's heading level (a heading at this level or above ends it); 0 for a paragraph label, which any heading ends.</summary>
        public int HeadingLevel => headingLevel;

        public bool Yielded { get; set; }

        public (string Text, int Start, int End)? Candidate { get; set; }
    }

    /// <summary>The tag patterns for one set of configured tags, built once per set.</summary>
    private static class Patterns
    {
        private static readonly object Gate = new();
        private static (string Key, Regex Leading, Regex Inline)? _last;

        public static (Regex Leading, Regex Inline) For(IReadOnlyList<string> tags)
        {
            var key = string.Join(",", tags);
            lock (Gate)
            {
                if (_last is { } last && last.Key == key) return (last.Leading, last.Inline);
            }

            var alternatives = string.Join("|", tags.OrderByDescending(t => t.Length).Select(Regex.Escape));
            // After the tag: no word character and no ".5" (P1.5 is a sub-phase, not P1).
            var tag = $@"(?<tag>{alternatives})(?!\w|\.\d)";
            var leading = new Regex(
                $@"\G(?<lead>\*{{1,3}}|_{{1,3}}|`)?\s*(?<open>[\[(])?\s*(?<word>priority\s*[:=]?\s*)?{tag}\s*(?<close>[\])])?\s*(?<trail>\*{{1,3}}|_{{1,3}}|`)?\s*(?<sep>[:\u2013\u2014-]+|\.(?=\s))?",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            var inline = new Regex(
                $@"(?<!\w)(?:(?:\*\*|__)?\[{tag}\](?:\*\*|__)?|\({tag}\)|\*\*{tag}\*\*|__{tag}__|`{tag}`)",
                RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
            lock (Gate) _last = (key, leading, inline);
            return (leading, inline);
        }
    }
}
