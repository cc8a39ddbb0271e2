using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Text;
using Markdig.Syntax;

namespace HandoffLint.Parsing;

/// <summary>
/// The note, parsed once with Markdig and read into the schema's terms: its sections, its Last Updated stamp,
/// and a map from offsets to positions. Rules read this; none of them parses again.
/// </summary>
public sealed class HandoffDocument
{
    private bool[]? _linesInCode;
    private bool[]? _headingLines;
    private SchemaCoverage? _coverage;
    private SessionLog? _sessionLog;

    private HandoffDocument(string path, SourceText source, MarkdownDocument markdown)
    {
        Path = path;
        Source = source;
        Markdown = markdown;
    }

    /// <summary>The note's path, as it is shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The note's text and line map.</summary>
    public SourceText Source { get; }

    /// <summary>
    /// The Markdig syntax tree: CommonMark's blocks, with exact block spans. Inline syntax (links, emphasis) is not parsed
    /// (each leaf holds its text as one literal): rules take text from <see cref="Source"/> by offset, and Markdig's inline
    /// parsing is quadratic on some inputs (see <c>NoteMarkdown</c>).
    /// </summary>
    internal MarkdownDocument Markdown { get; }

    /// <summary>Every level-2 section, in document order.</summary>
    public IReadOnlyList<HandoffSection> Sections { get; private set; } = Array.Empty<HandoffSection>();

    /// <summary>
    /// Schema sections written at another heading level (<c>### What's Next</c>, <c># Key Decisions</c>) whose section has no
    /// <c>##</c> heading: found, so that the rules read them, and reported for their level.
    /// </summary>
    public IReadOnlyList<HandoffSection> SectionsAtOtherLevels { get; private set; } = Array.Empty<HandoffSection>();

    /// <summary>Constructs the note repeats past what is parsed as Markdown (the lines past the limit were read as plain text).</summary>
    internal IReadOnlyList<BoundedConstruct> BoundedConstructs { get; private set; } = Array.Empty<BoundedConstruct>();

    /// <summary>The YAML or TOML front matter, or null when the note has none.</summary>
    public FrontMatter? FrontMatter { get; private set; }

    /// <summary>The schema the note was read against.</summary>
    public IReadOnlyList<SchemaSection> Schema { get; private set; } = Array.Empty<SchemaSection>();

    /// <summary>Where each schema section stands in the note (found, elsewhere, looked-alike or missing), worked out once.</summary>
    internal SchemaCoverage Coverage => _coverage ??= SchemaCoverage.Of(this);

    /// <summary>Dated or numbered session sections appended one below the other, worked out once; null when the note has none.</summary>
    internal SessionLog? SessionLog => (_sessionLog ??= Parsing.SessionLog.Find(this) ?? Parsing.SessionLog.None) is { Sessions.Count: > 0 } log ? log : null;

    /// <summary>Every heading of any level, in document order, with its text.</summary>
    internal IReadOnlyList<(HeadingBlock Heading, string Title)> Headings { get; private set; } = Array.Empty<(HeadingBlock, string)>();

    /// <summary>The Last Updated stamp, wherever it was found, or null when the note has none.</summary>
    public LastUpdatedStamp? Stamp { get; private set; }

    /// <summary>Parses a note. Throws only for nesting beyond Markdig's depth limit; see <see cref="TryParse"/>.</summary>
    public static HandoffDocument Parse(SourceText source, string path, HandoffLintOptions options)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var frontMatter = FrontMatter.Read(source);
        // Front matter is blanked out, not cut off, so that every offset and line Markdig reports is the note's own.
        var text = frontMatter is null ? source.Text : Blank(source.Text, frontMatter.End);
        // Constructs Markdig parses in quadratic time are made plain text past a limit, length kept (MarkdownCostBound).
        text = MarkdownCostBound.Apply(text, out var bounded);
        var markdown = NoteMarkdown.Parse(text);
        var document = new HandoffDocument(path, source, markdown) { FrontMatter = frontMatter, Schema = options.RequiredSections, BoundedConstructs = bounded };
        document.ReadSections(options);
        document.Stamp = document.FindStamp();
        return document;
    }

    /// <summary>
    /// Parses a note, failing with a reason instead of an exception for the one input Markdig refuses: nesting deeper than
    /// its depth limit (thousands of nested quotes or lists), which no real note has.
    /// </summary>
    public static bool TryParse(SourceText source, string path, HandoffLintOptions options, out HandoffDocument? document, out string? failure)
    {
        try
        {
            document = Parse(source, path, options);
            failure = null;
            return true;
        }
        catch (MarkdownTooDeepException e)
        {
            // The parse stopped at the first container past the limit, so the cost of such a note is that of its first lines.
            document = null;
            failure = "its Markdown nests deeper than the parser's depth limit at line " + (e.LineIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " (no real note nests lists or quotes that deeply)";
            return false;
        }
        catch (ArgumentException e) when (e.Message.IndexOf("nested", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            document = null;
            failure = "its Markdown nests deeper than the parser's depth limit (no real note nests lists or quotes that deeply)";
            return false;
        }
    }

    /// <summary>
    /// The first section recognised as the schema section with <paramref name="key"/>: its <c>##</c> section, else the same
    /// section written at another heading level.
    /// </summary>
    public HandoffSection? FindSection(string key)
    {
        // A plain loop: most rules ask, on every lint.
        foreach (var section in Sections)
        {
            if (section.Schema is not null && section.Schema.Key == key) return section;
        }

        foreach (var section in SectionsAtOtherLevels)
        {
            if (section.Schema!.Key == key) return section;
        }

        return null;
    }

    /// <summary>A location for the 0-based offsets [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <remarks>
    /// Offsets are first moved onto what an editor can show: one inside a line break to the end of its line's content, one
    /// between the halves of a surrogate pair to the whole character (the start before it, the end after it). Rules compute
    /// offsets by arithmetic (a size budget, a tag's length), and a column past the line or inside a character is one no
    /// editor or problem matcher can use.
    /// </remarks>
    internal SourceLocation LocationOf(int start, int end)
    {
        start = Snap(start, towardsStart: true);
        end = Snap(Math.Max(start, end), towardsStart: false);
        var (line, column) = Source.PositionOf(start);
        var (endLine, endColumn) = Source.PositionOf(end);
        return new SourceLocation(Path, line, column, endLine, endColumn);
    }

    private int Snap(int offset, bool towardsStart)
    {
        var text = Source.Text;
        offset = Math.Max(0, Math.Min(offset, text.Length));
        if (offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
        {
            offset += towardsStart ? -1 : 1;
        }

        var lineEnd = Source.LineEnd(Source.LineIndexOf(offset));
        return offset > lineEnd ? lineEnd : offset;
    }

    /// <summary>A location for a syntax node (its first line, from its first character to the end of that line).</summary>
    internal SourceLocation LocationOf(MarkdownObject node)
    {
        var start = Math.Max(0, Math.Min(node.Span.Start, Source.Text.Length));
        var lineIndex = Source.LineIndexOf(start);
        var end = Math.Min(Source.LineEnd(lineIndex), Math.Max(start, node.Span.End + 1));
        return LocationOf(start, end);
    }

    /// <summary>A location for a whole 0-based line, from its first non-blank character.</summary>
    internal SourceLocation LocationOfLine(int lineIndex)
    {
        var start = Source.LineStart(lineIndex);
        var end = Source.LineEnd(lineIndex);
        while (start < end && char.IsWhiteSpace(Source.Text[start])) start++;
        return LocationOf(start, end);
    }

    /// <summary>The source text of a node.</summary>
    internal string TextOf(MarkdownObject node)
    {
        var start = Math.Max(0, node.Span.Start);
        var end = Math.Min(Source.Text.Length, node.Span.End + 1);
        return end > start ? Source.Text.Substring(start, end - start) : string.Empty;
    }

    /// <summary>True when a 0-based line lies inside a fenced or indented code block at the top level.</summary>
    internal bool IsLineInCode(int lineIndex)
    {
        if (_linesInCode is null)
        {
            var inCode = new bool[Source.LineCount];
            foreach (var block in Markdown)
            {
                if (block is not CodeBlock code) continue;
                var end = code.Span.End;
                // Markdig leaves an unclosed fence's span on its opening line, though the block holds every line to the end
                // of the note: its last line says where it really ends.
                if (code.Lines.Count > 0)
                {
                    var lastLine = code.Lines.Lines[code.Lines.Count - 1];
                    end = Math.Max(end, Math.Max(lastLine.Position, lastLine.Slice.End));
                }

                var first = Source.LineIndexOf(Math.Max(0, code.Span.Start));
                var last = Source.LineIndexOf(Math.Max(0, Math.Min(end, Source.Text.Length - 1)));
                for (var i = first; i <= last && i < inCode.Length; i++) inCode[i] = true;
            }

            _linesInCode = inCode;
        }

        return lineIndex >= 0 && lineIndex < _linesInCode.Length && _linesInCode[lineIndex];
    }

    /// <summary>True when a 0-based line starts a heading at the top level.</summary>
    internal bool IsHeadingLine(int lineIndex)
    {
        if (_headingLines is null)
        {
            var lines = new bool[Source.LineCount];
            foreach (var (heading, _) in Headings)
            {
                var line = Source.LineIndexOf(Math.Max(0, heading.Span.Start));
                if (line < lines.Length) lines[line] = true;
            }

            _headingLines = lines;
        }

        return lineIndex >= 0 && lineIndex < _headingLines.Length && _headingLines[lineIndex];
    }

    /// <summary>The text with everything before <paramref name="end"/> turned to spaces, line breaks kept.</summary>
    private static string Blank(string text, int end)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < end; i++)
        {
            if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
        }

        return new string(chars);
    }

    private void ReadSections(HandoffLintOptions options)
    {
        var sections = new List<HandoffSection>();
        var headings = new List<(HeadingBlock, string)>();
        var elsewhere = new List<(int Index, HeadingBlock Heading, string Title, SchemaSection Schema)>();
        HeadingBlock? current = null;
        string? currentTitle = null;
        var blocks = new List<Block>();

        void Close(int endOffset)
        {
            if (current is null || currentTitle is null) return;
            sections.Add(CreateSection(current, currentTitle, FindSchema(options, SectionNames.Read(currentTitle)), blocks.ToArray(), endOffset));
        }

        // Only the top level: sections are a flat sequence of ## headings, and walking the top level stays cheap
        // and stack-safe however deeply the content nests.
        var index = 0;
        foreach (var block in Markdown)
        {
            if (block is HeadingBlock heading)
            {
                var title = HeadingText(heading);
                headings.Add((heading, title));
                if (heading.Level != 2 && FindSchema(options, SectionNames.Read(title)) is { } schema) elsewhere.Add((index, heading, title, schema));
                if (heading.Level <= 2)
                {
                    Close(heading.Span.Start);
                    current = heading.Level == 2 ? heading : null;
                    currentTitle = heading.Level == 2 ? title : null;
                    blocks.Clear();
                    index++;
                    continue;
                }
            }

            if (current is not null) blocks.Add(block);
            index++;
        }

        Close(Source.Text.Length);
        Sections = sections;
        Headings = headings;
        if (elsewhere.Count > 0) SectionsAtOtherLevels = ReadSectionsAtOtherLevels(elsewhere);
    }

    /// <summary>
    /// Schema sections whose only heading is at another level: each reaches to the next heading of its own level or higher
    /// (and always ends at a <c>#</c> or <c>##</c> heading).
    /// </summary>
    private List<HandoffSection> ReadSectionsAtOtherLevels(List<(int Index, HeadingBlock Heading, string Title, SchemaSection Schema)> candidates)
    {
        var found = new List<HandoffSection>();
        foreach (var (index, heading, title, schema) in candidates)
        {
            if (Sections.Any(s => s.Schema?.Key == schema.Key) || found.Any(s => s.Schema!.Key == schema.Key)) continue;
            var blocks = new List<Block>();
            var end = Source.Text.Length;
            for (var i = index + 1; i < Markdown.Count; i++)
            {
                if (Markdown[i] is HeadingBlock next && next.Level <= Math.Max(2, heading.Level))
                {
                    end = next.Span.Start;
                    break;
                }

                blocks.Add(Markdown[i]);
            }

            found.Add(CreateSection(heading, title, schema, blocks.ToArray(), end));
        }

        return found;
    }

    private HandoffSection CreateSection(HeadingBlock heading, string title, SchemaSection? schema, Block[] blocks, int endOffset)
    {
        var (name, inline, inlineOffset) = SplitHeading(heading, title);
        // "## Last Updated: 2026-03-31 (Session 30)": the text after the colon is the section's value, not part of its name
        // ("## Step 3: What Failed" has no value: its name comes after the colon).
        var valueInHeading = schema is not null && name is not null && !schema.MatchesNormalized(SectionNames.Normalize(title)) && schema.IsNamedBy(SectionNames.Read(name)) ? inline : null;
        var contentStart = Math.Min(Source.Text.Length, heading.Span.End + 1);
        return new HandoffSection(heading, title, valueInHeading, inlineOffset, schema, blocks, contentStart, Math.Max(contentStart, endOffset));
    }

    private static SchemaSection? FindSchema(HandoffLintOptions options, HeadingForms heading)
    {
        foreach (var section in options.RequiredSections)
        {
            if (section.IsNamedBy(heading)) return section;
        }

        return null;
    }

    /// <summary>Splits <c>Last Updated: Session 47</c> into its name and inline value.</summary>
    private (string? Name, string? Value, int ValueOffset) SplitHeading(HeadingBlock heading, string title)
    {
        var colon = title.IndexOf(':');
        if (colon <= 0) return (null, null, 0);
        var name = title.Substring(0, colon).Trim().Trim('*', '_').Trim();
        var value = title.Substring(colon + 1).Trim().Trim('*', '_').Trim();
        var lineStart = Math.Max(0, heading.Span.Start);
        var valueIndex = Source.Text.IndexOf(value, lineStart, Math.Max(0, Math.Min(Source.Text.Length, heading.Span.End + 1) - lineStart), StringComparison.Ordinal);
        return (name, value, valueIndex < 0 ? lineStart : valueIndex);
    }

    private string HeadingText(HeadingBlock heading)
    {
        var start = Math.Max(0, heading.Span.Start);
        var line = Source.LineIndexOf(start);
        var raw = Source.Text.Substring(start, Source.LineEnd(line) - start).Trim();
        if (heading.IsSetext) return raw;
        raw = raw.TrimStart('#').Trim();
        var closing = raw.Length;
        while (closing > 0 && raw[closing - 1] == '#') closing--;
        if (closing < raw.Length && (closing == 0 || raw[closing - 1] == ' ')) raw = raw.Substring(0, closing).Trim();
        return raw;
    }

    private LastUpdatedStamp? FindStamp()
    {
        var section = FindSection(SectionKeys.LastUpdated);
        if (section is not null)
        {
            if (!string.IsNullOrWhiteSpace(section.InlineValue))
            {
                var inHeading = new LastUpdatedStamp(StampSource.Heading, section.InlineValue!, section.InlineValueOffset);
                StampReader.Read(inHeading);
                if (inHeading.DateText is not null || inHeading.SessionText is not null) return inHeading;
            }

            var body = section.Blocks.FirstOrDefault(b => b is not HtmlBlock);
            if (body is not null)
            {
                var text = TextOf(body);
                var firstLine = text.Split('\n')[0].TrimEnd('\r');
                // A placeholder ("[YYYY-MM-DD (Session N)]") is reported as a placeholder, once; it is no stamp to judge.
                if (Placeholders.IsPlaceholder(firstLine)) return null;
                var inBody = new LastUpdatedStamp(StampSource.Section, firstLine, Math.Max(0, body.Span.Start));
                StampReader.Read(inBody);
                return inBody;
            }

            return new LastUpdatedStamp(StampSource.Section, string.Empty, section.ContentStart);
        }

        return LooseStampFinder.Find(this);
    }
}
