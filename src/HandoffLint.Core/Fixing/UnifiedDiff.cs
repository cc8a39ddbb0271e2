using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HandoffLint.Fixing;

/// <summary>
/// Writes the difference between two texts as a unified diff, the format <c>diff -u</c> prints and <c>patch</c> and
/// <c>git apply</c> read. Lines are compared with their line endings, so a changed ending shows as a changed line.
/// </summary>
internal static class UnifiedDiff
{
    // Above this many cells (lines x lines, after the common prefix and suffix are trimmed) the diff stops looking for
    // the fewest changes and replaces the whole middle: still a correct patch, found in bounded time for any input.
    private const long MaxComparisonCells = 64L * 1024 * 1024;

    /// <summary>
    /// The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>, with <c>---</c>/<c>+++</c> lines carrying the labels
    /// and <paramref name="context"/> unchanged lines around each change; an empty string when the texts are equal.
    /// </summary>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int context = 3)
    {
        if (oldText is null) throw new ArgumentNullException(nameof(oldText));
        if (newText is null) throw new ArgumentNullException(nameof(newText));
        if (oldLabel is null) throw new ArgumentNullException(nameof(oldLabel));
        if (newLabel is null) throw new ArgumentNullException(nameof(newLabel));
        if (context < 0) throw new ArgumentOutOfRangeException(nameof(context), context, "The number of context lines cannot be negative.");
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return string.Empty;

        var oldLines = SplitLines(oldText);
        var newLines = SplitLines(newText);
        var (oldIds, newIds) = Intern(oldLines, newLines);
        var matches = new List<(int Old, int New)>();
        new LineMatcher(oldIds, newIds, matches, MaxComparisonCells).Run();

        var builder = new StringBuilder();
        builder.Append("--- ").Append(oldLabel).Append('\n');
        builder.Append("+++ ").Append(newLabel).Append('\n');
        var edits = Script(matches, oldLines.Count, newLines.Count);
        foreach (var hunk in Hunks(edits, context))
        {
            WriteHunk(builder, edits, hunk, oldLines, newLines);
        }

        return builder.ToString();
    }

    /// <summary>Splits text into lines that keep their line endings (<c>\r\n</c>, <c>\n</c> or <c>\r</c>).</summary>
    internal static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (text[i] != '\n')
            {
                continue;
            }

            lines.Add(text.Substring(start, i + 1 - start));
            start = i + 1;
        }

        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    private static (int[] Old, int[] New) Intern(List<string> oldLines, List<string> newLines)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] ToIds(List<string> lines)
        {
            var result = new int[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                if (!ids.TryGetValue(lines[i], out var id))
                {
                    id = ids.Count;
                    ids.Add(lines[i], id);
                }

                result[i] = id;
            }

            return result;
        }

        return (ToIds(oldLines), ToIds(newLines));
    }

    /// <summary>Turns matched line pairs into one edit per line: kept (both indexes), deleted (old only) or inserted (new only).</summary>
    private static List<Edit> Script(List<(int Old, int New)> matches, int oldCount, int newCount)
    {
        var edits = new List<Edit>(oldCount + newCount);
        int oldIndex = 0, newIndex = 0;
        foreach (var (matchOld, matchNew) in matches)
        {
            while (oldIndex < matchOld) edits.Add(new Edit(EditKind.Delete, oldIndex++, newIndex));
            while (newIndex < matchNew) edits.Add(new Edit(EditKind.Insert, oldIndex, newIndex++));
            edits.Add(new Edit(EditKind.Keep, oldIndex++, newIndex++));
        }

        while (oldIndex < oldCount) edits.Add(new Edit(EditKind.Delete, oldIndex++, newIndex));
        while (newIndex < newCount) edits.Add(new Edit(EditKind.Insert, oldIndex, newIndex++));
        return edits;
    }

    /// <summary>Groups the edits into hunks: each change with its context, hunks whose context would touch merged into one.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Edit> edits, int context)
    {
        var i = 0;
        while (i < edits.Count)
        {
            while (i < edits.Count && edits[i].Kind == EditKind.Keep) i++;
            if (i == edits.Count) yield break;
            var start = Math.Max(0, i - context);
            var end = i;
            while (true)
            {
                while (end < edits.Count && edits[end].Kind != EditKind.Keep) end++;
                var keptRun = 0;
                while (end + keptRun < edits.Count && edits[end + keptRun].Kind == EditKind.Keep) keptRun++;
                if (end + keptRun < edits.Count && keptRun <= 2 * context)
                {
                    end += keptRun;
                    continue;
                }

                end = Math.Min(edits.Count, end + Math.Min(keptRun, context));
                break;
            }

            yield return (start, end);
            i = end;
        }
    }

    private static void WriteHunk(StringBuilder builder, List<Edit> edits, (int Start, int End) hunk, List<string> oldLines, List<string> newLines)
    {
        int oldCount = 0, newCount = 0;
        for (var i = hunk.Start; i < hunk.End; i++)
        {
            if (edits[i].Kind != EditKind.Insert) oldCount++;
            if (edits[i].Kind != EditKind.Delete) newCount++;
        }

        // A range of no lines names the line before it (0 at the start of the file), as diff -u does.
        var first = edits[hunk.Start];
        var oldStart = oldCount == 0 ? first.OldIndex : first.OldIndex + 1;
        var newStart = newCount == 0 ? first.NewIndex : first.NewIndex + 1;
        builder.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (var i = hunk.Start; i < hunk.End; i++)
        {
            var edit = edits[i];
            switch (edit.Kind)
            {
                case EditKind.Keep:
                    WriteLine(builder, ' ', oldLines[edit.OldIndex]);
                    break;
                case EditKind.Delete:
                    WriteLine(builder, '-', oldLines[edit.OldIndex]);
                    break;
                default:
                    WriteLine(builder, '+', newLines[edit.NewIndex]);
                    break;
            }
        }
    }

    private static string Range(int start, int count) =>
        start.ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture);

    private static void WriteLine(StringBuilder builder, char marker, string line)
    {
        builder.Append(marker).Append(line);
        var last = line.Length > 0 ? line[line.Length - 1] : '\0';
        if (last != '\n' && last != '\r') builder.Append("\n\\ No newline at end of file\n");
    }

    private enum EditKind
    {
        Keep,
        Delete,
        Insert,
    }

    private readonly struct Edit
    {
        public Edit(EditKind kind, int oldIndex, int newIndex)
        {
            Kind = kind;
            OldIndex = oldIndex;
            NewIndex = newIndex;
        }

        public EditKind Kind { get; }

        public int OldIndex { get; }

        public int NewIndex { get; }
    }
}
