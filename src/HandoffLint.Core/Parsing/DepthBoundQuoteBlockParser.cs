using Markdig.Parsers;

namespace HandoffLint.Parsing;

/// <summary>Markdig's quote parser, stopping the parse at the first quote nested past <see cref="NoteMarkdown.MaximumDepth"/>.</summary>
internal sealed class DepthBoundQuoteBlockParser : QuoteBlockParser
{
    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var state = base.TryOpen(processor);
        if (state != BlockState.None) NoteMarkdown.CheckDepth(processor);
        return state;
    }
}
