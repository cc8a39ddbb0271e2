using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>
/// The one Markdig pipeline notes are parsed with, bounded so that a note costs time in proportion to its size whatever it
/// holds (issue 13: a note is parsed at every session start and every build).
/// </summary>
/// <remarks>
/// <para>
/// CommonMark's blocks only. Rules read sections, lists and headings, and take every piece of text from the note itself by
/// offset (<see cref="HandoffDocument.TextOf"/>), never from Markdig's inlines; block structure does not depend on inline
/// parsing (CommonMark parses blocks first), so the block tree is the same without it (checked on the 122 corpus notes and
/// every Markdown file of the repository). Markdig's inline parsing is where its quadratic inputs were: <c>[a](</c>
/// repeated (each opener's destination scanned to the end of the run: 100 KB 2.8 s, 1 MB over 2 minutes), <c>[a][</c>,
/// <c>![a](</c>, <c>[a](b (</c>, runs of <c>[</c> and <c>*</c>.
/// </para>
/// <para>
/// Lists and quotes nest at most <see cref="MaximumDepth"/> containers deep. Markdig refuses deeper nesting too, but only
/// after parsing every block of the note, at a cost that grows with the depth on every line (a 4 MB indented list: 12 s);
/// the parsers here stop at the first container past the limit (<see cref="MarkdownTooDeepException"/>).
/// </para>
/// </remarks>
internal static class NoteMarkdown
{
    /// <summary>
    /// Markdig's own limit on container nesting (its default <c>MaximumNestingDepth</c>): it refuses any note whose blocks
    /// nest deeper, so stopping past it refuses no note Markdig would have read.
    /// </summary>
    public const int MaximumDepth = 128;

    /// <summary>The pipeline: CommonMark blocks, no inline parsers, list and quote parsers that stop past the depth limit.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    /// <summary>Parses <paramref name="text"/>; throws <see cref="MarkdownTooDeepException"/> for nesting past the limit.</summary>
    public static MarkdownDocument Parse(string text) => Markdown.Parse(text, Pipeline);

    /// <summary>Throws when the container new blocks would open in stands deeper than <see cref="MaximumDepth"/>.</summary>
    /// <remarks>Walks at most <see cref="MaximumDepth"/> parents: a bounded cost per container opened.</remarks>
    public static void CheckDepth(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
        {
            // The current container is already in the tree, so Markdig's own check would refuse the note after the parse.
            if (++depth > MaximumDepth) throw new MarkdownTooDeepException(processor.LineIndex);
        }
    }

    private static MarkdownPipeline Build()
    {
        // CommonMark alone. Block spans are exact without extensions, and rules map offsets to lines and columns
        // themselves (SourceText), so UsePreciseSourceLocation and table parsing would only add cost (50% of the parse).
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        builder.BlockParsers.Replace<ListBlockParser>(new DepthBoundListBlockParser());
        builder.BlockParsers.Replace<QuoteBlockParser>(new DepthBoundQuoteBlockParser());
        return builder.Build();
    }
}
