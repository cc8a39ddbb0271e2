using System.Collections.Generic;
using HandoffLint.Configuration;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>A <c>##</c> section of the note: its heading and the blocks up to the next <c>#</c> or <c>##</c> heading.</summary>
public sealed class HandoffSection
{
    internal HandoffSection(HeadingBlock heading, string title, string? inlineValue, int inlineValueOffset, SchemaSection? schema, IReadOnlyList<Block> blocks, int contentStart, int contentEnd)
    {
        Heading = heading;
        Title = title;
        InlineValue = inlineValue;
        InlineValueOffset = inlineValueOffset;
        Schema = schema;
        Blocks = blocks;
        ContentStart = contentStart;
        ContentEnd = contentEnd;
    }

    /// <summary>The heading block. Markdig's types stay out of the public API, so that a Markdig upgrade is not a breaking change.</summary>
    internal HeadingBlock Heading { get; }

    /// <summary>The heading's level: 2 for <c>## Current State</c>.</summary>
    public int Level => Heading.Level;

    /// <summary>The 0-based offset of the heading's first character in the note.</summary>
    public int HeadingStart => Heading.Span.Start;

    /// <summary>The heading's text as written, without the <c>#</c> marks.</summary>
    public string Title { get; }

    /// <summary>Text after a colon in the heading (<c>## Last Updated: Session 47</c> gives <c>Session 47</c>), or null.</summary>
    public string? InlineValue { get; }

    /// <summary>The 0-based offset of <see cref="InlineValue"/> in the note.</summary>
    public int InlineValueOffset { get; }

    /// <summary>The schema section this heading was recognised as, or null for a section of the user's own.</summary>
    public SchemaSection? Schema { get; }

    /// <summary>The blocks between this heading and the next section.</summary>
    internal IReadOnlyList<Block> Blocks { get; }

    /// <summary>0-based offset where the content after the heading starts.</summary>
    public int ContentStart { get; }

    /// <summary>0-based offset just after the section's content.</summary>
    public int ContentEnd { get; }

    /// <summary>True when the section has no content at all (blank lines and HTML comments do not count).</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var block in Blocks)
            {
                if (block is HtmlBlock html && html.Type == HtmlBlockType.Comment) continue;
                if (block is ThematicBreakBlock || block is LinkReferenceDefinitionGroup) continue;
                return false;
            }

            return string.IsNullOrWhiteSpace(InlineValue);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Title;
}
