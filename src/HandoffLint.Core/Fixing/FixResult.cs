using System;
using System.Collections.Generic;

namespace HandoffLint.Fixing;

/// <summary>What <see cref="HandoffFixer"/> did to a note: the text before and after, and one sentence per applied fix.</summary>
public sealed class FixResult
{
    internal FixResult(string originalText, string fixedText, IReadOnlyList<string> changes, IReadOnlyList<string> skipped)
    {
        OriginalText = originalText ?? throw new ArgumentNullException(nameof(originalText));
        FixedText = fixedText ?? throw new ArgumentNullException(nameof(fixedText));
        Changes = changes ?? throw new ArgumentNullException(nameof(changes));
        Skipped = skipped ?? throw new ArgumentNullException(nameof(skipped));
    }

    /// <summary>The note's text as it was read (without a byte order mark).</summary>
    public string OriginalText { get; }

    /// <summary>The fixed text (without a byte order mark); write it with <see cref="Text.SourceText.Encode"/> to keep the original's BOM.</summary>
    public string FixedText { get; }

    /// <summary>
    /// One human sentence per applied fix, in the order the fixes were applied; empty when nothing changed.
    /// Line numbers here and in <see cref="Skipped"/> refer to the note as it was before the fix.
    /// </summary>
    public IReadOnlyList<string> Changes { get; }

    /// <summary>
    /// One sentence per problem the fixer saw but left alone because the fix would have been a guess
    /// (a section written at another heading level, a tag whose emphasis it cannot rewrite safely, ...).
    /// </summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>True when <see cref="FixedText"/> differs from <see cref="OriginalText"/>.</summary>
    public bool Changed => !string.Equals(OriginalText, FixedText, StringComparison.Ordinal);
}
