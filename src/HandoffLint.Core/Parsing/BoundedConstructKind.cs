namespace HandoffLint.Parsing;

/// <summary>A Markdown construct that Markdig removes from its parent block one by one, at a cost that grows with the parent's size.</summary>
internal enum BoundedConstructKind
{
    /// <summary>A line of <c>---</c> or <c>===</c> under a line of text: Markdig turns the paragraph above into a heading.</summary>
    SetextUnderline,
}
