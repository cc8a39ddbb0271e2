using System;

namespace HandoffLint.Parsing;

/// <summary>The note's lists or quotes nest deeper than <see cref="NoteMarkdown.MaximumDepth"/>: the parse stopped there.</summary>
internal sealed class MarkdownTooDeepException : Exception
{
    /// <summary>Creates the exception for the 0-based line where the limit was passed.</summary>
    public MarkdownTooDeepException(int lineIndex)
        : base("Markdown nested deeper than " + NoteMarkdown.MaximumDepth + " containers at line " + (lineIndex + 1)) => LineIndex = lineIndex;

    /// <summary>The 0-based line where the limit was passed.</summary>
    public int LineIndex { get; }
}
