using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using HandoffLint.Configuration;

namespace HandoffLint.Benchmarks;

/// <summary>
/// Issue 13: the inputs Markdig parsed in more than linear time, linted at 10 KB, 100 KB and 1 MB. After the bounds
/// (NoteMarkdown, MarkdownCostBound) the mean per KB should stay flat across the sizes of each construct.
/// </summary>
[MemoryDiagnoser]
public class PathologicalMarkdownBenchmarks
{
    private readonly HandoffLinter _linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private readonly HandoffLintOptions _options = new() { GitRulesEnabled = false, MaxCharacters = int.MaxValue };
    private string _note = string.Empty;

    /// <summary>The construct repeated.</summary>
    [Params("[a](", "X/---", "nested list", "[a]: b")]
    public string Construct { get; set; } = "[a](";

    /// <summary>The note's size in characters.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void BuildNote()
    {
        var builder = new StringBuilder(Construct == "[a](" ? "## What's Next\n- [P0] " : string.Empty);
        for (var depth = 0; builder.Length < Size; depth++)
        {
            switch (Construct)
            {
                case "[a](": builder.Append("[a]("); break;
                case "X/---": builder.Append("X\n---\n"); break;
                // One level deeper per line: past Markdig's depth limit the note is refused (HL0002).
                case "nested list": builder.Append(' ', 2 * depth).Append("- a\n"); break;
                default: builder.Append("x\n\n[a]: b\n\n"); break;
            }
        }

        _note = builder.ToString();
    }

    [Benchmark(Description = "Lint a pathological note")]
    public object Lint() => _linter.LintText(_note, "docs/SESSION-HANDOFF.md", _options);
}
