namespace HandoffLint.Parsing;

/// <summary>A construct the note repeats more often than HandoffLint parses it as Markdown (<see cref="MarkdownCostBound"/>).</summary>
internal sealed class BoundedConstruct
{
    /// <summary>Creates the record of one construct kind.</summary>
    public BoundedConstruct(BoundedConstructKind kind, int count, int firstUnparsedOffset)
    {
        Kind = kind;
        Count = count;
        FirstUnparsedOffset = firstUnparsedOffset;
    }

    /// <summary>Which construct.</summary>
    public BoundedConstructKind Kind { get; }

    /// <summary>How many lines of the note have its shape.</summary>
    public int Count { get; }

    /// <summary>The offset of the first line read as plain text instead (the one past <see cref="MarkdownCostBound.Limit"/>).</summary>
    public int FirstUnparsedOffset { get; }
}
