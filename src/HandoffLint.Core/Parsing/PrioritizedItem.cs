namespace HandoffLint.Parsing;

/// <summary>Where in What's Next a prioritised item was written.</summary>
internal enum PriorityForm
{
    /// <summary>A list item: <c>- [P0] Fix it</c>, <c>- **P0:** Fix it</c>, <c>- Fix it (P0)</c>, or an item under a priority sub-heading.</summary>
    ListItem,

    /// <summary>A table row: a <c>Priority</c> column, or a cell that starts with a tag (<c>| **P0** | Fix it |</c>).</summary>
    TableRow,

    /// <summary>A sub-heading that is the item itself: <c>### P0 — Fix it</c>.</summary>
    Heading,

    /// <summary>A line of a paragraph that starts with a tag: <c>**P0:** Fix it</c>.</summary>
    Paragraph,
}

/// <summary>
/// A What's Next item with a priority, however the note wrote it (see <see cref="NextStepsReader.ReadPrioritized"/>):
/// the tag it stands for, its words without the tag, and where it is.
/// </summary>
/// <param name="tag">The configured tag.</param>
/// <param name="priority">The tag's position in the configured set.</param>
/// <param name="text">The item's words without the tag.</param>
/// <param name="form">How it was written.</param>
/// <param name="start">The 0-based offset where it starts.</param>
/// <param name="end">The 0-based offset just after its first line.</param>
internal sealed class PrioritizedItem(string tag, int priority, string text, PriorityForm form, int start, int end)
{
    /// <summary>The configured tag (<c>P0</c>).</summary>
    public string Tag => tag;

    /// <summary>The tag's position in the configured set: 0 is the highest priority.</summary>
    public int Priority => priority;

    /// <summary>The item's words without the tag, on one line (whitespace collapsed, emphasis around it removed).</summary>
    public string Text => text;

    /// <summary>How it was written.</summary>
    public PriorityForm Form => form;

    /// <summary>The 0-based offset where the item starts in the note.</summary>
    public int Start => start;

    /// <summary>The 0-based offset just after the item's first line.</summary>
    public int End => end;

    /// <inheritdoc />
    public override string ToString() => "[" + Tag + "] " + Text;
}
