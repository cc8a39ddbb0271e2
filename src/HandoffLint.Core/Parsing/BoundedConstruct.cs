namespace HandoffLint.Parsing;

/// <summary>
/// Setext underlines the note repeats more often than HandoffLint parses them as Markdown (<see cref="MarkdownCostBound"/>):
/// the one bounded construct that loses what a rule reads (headings). Link definitions past the limit are bounded too, but
/// no rule reads them, so nothing records them.
/// </summary>
internal sealed class BoundedConstruct
{
    /// <summary>Creates the record.</summary>
    public BoundedConstruct(int count, int firstUnparsedOffset)
    {
        Count = count;
        FirstUnparsedOffset = firstUnparsedOffset;
    }

    /// <summary>How many lines of the note have its shape.</summary>
    public int Count { get; }

    /// <summary>The offset of the first line read as plain text instead (the one past <see cref="MarkdownCostBound.Limit"/>).</summary>
    public int FirstUnparsedOffset { get; }
}
