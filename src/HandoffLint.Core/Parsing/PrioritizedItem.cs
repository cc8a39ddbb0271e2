namespace HandoffLint.Parsing;

/// <summary>Where in What's Next a prioritised item was written.</summary>
public enum PriorityForm
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
public sealed class PrioritizedItem
{
    internal PrioritizedItem(string tag, int priority, string text, PriorityForm form, int start, int end)
    {
        Tag = tag;
        Priority = priority;
        Text = text;
        Form = form;
        Start = start;
        End = end;
    }

    /// <summary>The configured tag (<c>P0</c>).</summary>
    public string Tag { get; }

    /// <summary>The tag's position in the configured set: 0 is the highest priority.</summary>
    public int Priority { get; }

    /// <summary>The item's words without the tag, on one line (whitespace collapsed, emphasis around it removed).</summary>
    public string Text { get; }

    /// <summary>How it was written.</summary>
    public PriorityForm Form { get; }

    /// <summary>The 0-based offset where the item starts in the note.</summary>
    public int Start { get; }

    /// <summary>The 0-based offset just after the item's first line.</summary>
    public int End { get; }

    /// <inheritdoc />
    public override string ToString() => "[" + Tag + "] " + Text;
}
