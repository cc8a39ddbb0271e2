using System.Collections.Generic;
using HandoffLint.Configuration;

namespace HandoffLint.Fixing;

/// <summary>What every fix of one run shares: the options, the line ending for new lines, and the record of what was done.</summary>
internal sealed class FixSession
{
    public FixSession(HandoffLintOptions options, string path, string newLine)
    {
        Options = options;
        Path = path;
        NewLine = newLine;
    }

    public HandoffLintOptions Options { get; }

    public string Path { get; }

    /// <summary>The original note's dominant line ending: lines the fixer adds use it; existing lines keep their own.</summary>
    public string NewLine { get; }

    public List<string> Changes { get; } = new();

    public List<string> Skipped { get; } = new();
}
