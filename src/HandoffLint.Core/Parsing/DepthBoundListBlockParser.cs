using Markdig.Parsers;

namespace HandoffLint.Parsing;

/// <summary>Markdig's list parser, stopping the parse at the first list nested past <see cref="NoteMarkdown.MaximumDepth"/>.</summary>
internal sealed class DepthBoundListBlockParser : ListBlockParser
{
    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var state = base.TryOpen(processor);
        if (state != BlockState.None) NoteMarkdown.CheckDepth(processor);
        return state;
    }
}
