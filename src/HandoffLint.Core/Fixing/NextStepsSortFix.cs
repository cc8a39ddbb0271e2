using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;
using HandoffLint.Parsing;
using HandoffLint.Text;
using Markdig.Syntax;

namespace HandoffLint.Fixing;

/// <summary>
/// Stable-sorts each What's Next list by priority. Items move whole (their first line, continuation lines and nested
/// sub-items); items without a known priority never move, and the ranked items are sorted among the places ranked items held.
/// </summary>
internal static class NextStepsSortFix
{
    private static readonly Regex OrderedMarker = new(@"^(?<indent>[ \t]*)(?<number>\d{1,9})(?<delimiter>[.)])(?<space>[ \t]*)", RegexOptions.CultureInvariant);

    public static string Apply(HandoffDocument document, FixSession session)
    {
        var section = document.FindSection(SectionKeys.WhatsNext);
        if (section is null) return document.Source.Text;
        var items = NextStepsReader.Read(document, session.Options);
        var edits = new List<TextEdit>();
        var rankedInFinalOrder = new List<(int Priority, int Line)>();
        var lists = section.Blocks.OfType<ListBlock>().ToList();
        var itemsByList = items.ToLookup(i => i.Item.Parent);

        foreach (var list in lists)
        {
            var listItems = itemsByList[list].ToList();
            var ranked = Enumerable.Range(0, listItems.Count).Where(i => listItems[i].Priority is not null).ToList();
            var sorted = ranked.OrderBy(i => listItems[i].Priority!.Value).ToList(); // OrderBy is stable: equal priorities keep their order.
            var order = Enumerable.Range(0, listItems.Count).ToArray();
            for (var r = 0; r < ranked.Count; r++) order[ranked[r]] = sorted[r];
            foreach (var slot in order.Where(i => listItems[i].Priority is not null))
            {
                rankedInFinalOrder.Add((listItems[slot].Priority!.Value, document.Source.LineIndexOf(listItems[slot].ContentStart) + 1));
            }

            if (ranked.SequenceEqual(sorted)) continue;
            var edit = Reorder(document, list, listItems, order, session);
            edits.Add(edit);
            var moved = order.Where((from, slot) => from != slot).Count();
            session.Changes.Add(string.Format(CultureInfo.InvariantCulture,
                "Sorted the What's Next list on line {0} by priority ({1} of its {2} items moved; items without a priority tag stayed where they were).",
                document.Source.LineIndexOf(list.Span.Start) + 1, moved, listItems.Count));
        }

        var highestSoFar = int.MinValue;
        for (var i = 0; i < rankedInFinalOrder.Count; i++)
        {
            highestSoFar = Math.Max(highestSoFar, rankedInFinalOrder[i].Priority);
            if (rankedInFinalOrder[i].Priority >= highestSoFar) continue;
            session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
                "What's Next holds {0} separate lists; each was sorted on its own, but a [{1}] item on line {2} still follows a lower-priority item in an earlier list. Move it by hand: what stands between the lists may matter.",
                lists.Count, session.Options.PriorityTags[rankedInFinalOrder[i].Priority], rankedInFinalOrder[i].Line));
            break;
        }

        return TextEdit.Apply(document.Source.Text, edits);
    }

    /// <summary>
    /// Rewrites a list with its items in <paramref name="order"/> (slot i receives item order[i]). Each slot keeps its own
    /// separator (the line ending of its last line and the blank lines after it), so a tight list stays tight and a loose one loose.
    /// </summary>
    private static TextEdit Reorder(HandoffDocument document, ListBlock list, List<NextStepItem> items, int[] order, FixSession session)
    {
        var source = document.Source;
        var text = source.Text;
        var firstLines = items.Select(i => source.LineIndexOf(Math.Max(0, i.Item.Span.Start))).ToArray();
        var lastLine = source.LineIndexOf(Math.Min(text.Length, LastOffset(list)));
        var contents = new string[items.Count];
        var separators = new string[items.Count];
        var lineCounts = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var first = firstLines[i];
            var last = i + 1 < items.Count ? firstLines[i + 1] - 1 : lastLine;
            var lastWithText = last;
            while (lastWithText > first && IsBlank(source, lastWithText)) lastWithText--;
            contents[i] = text.Substring(source.LineStart(first), source.LineEnd(lastWithText) - source.LineStart(first));
            var separatorEnd = i + 1 < items.Count ? source.LineStart(firstLines[i + 1]) : source.LineEnd(last);
            separators[i] = text.Substring(source.LineEnd(lastWithText), separatorEnd - source.LineEnd(lastWithText));
            lineCounts[i] = lastWithText - first + 1;
        }

        var numbers = list.IsOrdered ? Renumbering(contents, order, lineCounts, document, list, session) : null;
        var builder = new StringBuilder();
        for (var slot = 0; slot < order.Length; slot++)
        {
            var content = contents[order[slot]];
            builder.Append(numbers is null ? content : Renumber(content, numbers[slot], lineCounts[order[slot]] > 1)).Append(separators[slot]);
        }

        var start = source.LineStart(firstLines[0]);
        return new TextEdit(start, source.LineEnd(lastLine), builder.ToString());
    }

    /// <summary>
    /// The number each slot shows after the sort, when the list was numbered 1, 2, 3 (from any start) before; null when
    /// numbers travel with their items: the list was not numbered in sequence, or a marker would widen in an item whose
    /// continuation lines are indented with tabs (where added spaces would not shift them predictably).
    /// </summary>
    private static string[]? Renumbering(string[] contents, int[] order, int[] lineCounts, HandoffDocument document, ListBlock list, FixSession session)
    {
        var markers = contents.Select(c => OrderedMarker.Match(c)).ToArray();
        if (markers.Any(m => !m.Success)) return null;
        var numbers = markers.Select(m => long.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture)).ToArray();
        for (var i = 1; i < numbers.Length; i++)
        {
            if (numbers[i] != numbers[0] + i) return null;
        }

        var result = new string[order.Length];
        for (var slot = 0; slot < order.Length; slot++)
        {
            var item = order[slot];
            var wanted = (numbers[0] + slot).ToString(CultureInfo.InvariantCulture);
            var grows = wanted.Length > markers[item].Groups["number"].Length;
            if (grows && lineCounts[item] > 1 && (markers[item].Groups["space"].Value.IndexOf('\t') >= 0 || ContinuationIndentHasTab(contents[item])))
            {
                session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
                    "Kept each item's number in the What's Next list on line {0} after sorting: a wider number would have to shift tab-indented continuation lines.",
                    document.Source.LineIndexOf(list.Span.Start) + 1));
                return null;
            }

            result[slot] = wanted;
        }

        return result;
    }

    /// <summary>
    /// Puts <paramref name="number"/> in the item's marker. The column where an item of several lines starts its text is kept,
    /// since its continuation lines and sub-items are indented to it: a narrower number gets more space after it; a wider one
    /// takes a space from after it, or, when there is none to spare, its continuation lines move right by the difference.
    /// </summary>
    private static string Renumber(string content, string number, bool multiLine)
    {
        var marker = OrderedMarker.Match(content);
        var written = marker.Groups["number"].Value;
        if (string.Equals(written, number, StringComparison.Ordinal)) return content;
        var space = marker.Groups["space"].Value;
        var rest = content.Substring(marker.Length);
        var widthChange = number.Length - written.Length;
        if (multiLine && space.IndexOf('\t') < 0)
        {
            if (widthChange < 0 && space.Length > 0)
            {
                space += new string(' ', -widthChange);
            }
            else if (widthChange > 0 && space.Length - widthChange >= 1)
            {
                space = space.Substring(widthChange);
            }
            else if (widthChange > 0)
            {
                rest = ShiftContinuationLines(rest, widthChange);
            }
        }

        return marker.Groups["indent"].Value + number + marker.Groups["delimiter"].Value + space + rest;
    }

    private static string ShiftContinuationLines(string rest, int width)
    {
        var lines = UnifiedDiff.SplitLines(rest);
        var builder = new StringBuilder(rest.Length + (lines.Count * width));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && lines[i].Trim().Length > 0) builder.Append(' ', width);
            builder.Append(lines[i]);
        }

        return builder.ToString();
    }

    private static bool ContinuationIndentHasTab(string content)
    {
        foreach (var line in UnifiedDiff.SplitLines(content).Skip(1))
        {
            foreach (var c in line)
            {
                if (c == '\t') return true;
                if (c != ' ') break;
            }
        }

        return false;
    }

    private static bool IsBlank(SourceText source, int line) => source.GetLine(line).Trim().Length == 0;

    /// <summary>The last offset covered by a block or anything nested in it, found by a loop (lists nest deeply in bad input).</summary>
    private static int LastOffset(Block block)
    {
        var last = block.Span.End;

        // The last child holds the largest offsets; only that chain needs walking.
        while (block is ContainerBlock container && container.Count > 0)
        {
            block = container[container.Count - 1];
            last = Math.Max(last, block.Span.End);
        }

        return last;
    }
}
