using System;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using HandoffLint.Configuration;
using HandoffLint.Fixing;
using HandoffLint.Text;

namespace HandoffLint.Benchmarks;

/// <summary>
/// Issue 13: <c>fix</c> must cost the same, and stay linear, whatever a note's line endings. A note of 10,000 and 100,000
/// lines with LF, CRLF or CR endings, with something for every kind of fix to do (a loose stamp, missing sections, a
/// misspelt tag, What's Next out of order), fixed in memory.
/// </summary>
[MemoryDiagnoser]
public class FixLineEndingBenchmarks
{
    private readonly HandoffFixer _fixer = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private readonly HandoffLintOptions _options = new() { GitRulesEnabled = false, MaxCharacters = int.MaxValue };
    private SourceText _source = SourceText.From(string.Empty);

    /// <summary>The note's line ending.</summary>
    [Params("LF", "CRLF", "CR")]
    public string LineEnding { get; set; } = "LF";

    /// <summary>The note's length in lines.</summary>
    [Params(10_000, 100_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void BuildNote()
    {
        var newLine = LineEnding switch { "CRLF" => "\r\n", "CR" => "\r", _ => "\n" };
        var lines = new[] { "# Session Handoff", "Last updated: 2026-11-20 (Session 12)", string.Empty, "## Current State" }
            .Concat(Enumerable.Range(0, Lines - 11).Select(i => "- state " + i))
            .Concat(new[] { string.Empty, "## What's Next", "- [P1] Publish the package", "- [p0] Localise the greeting", string.Empty, "## Key Decisions", "- One static class." });
        _source = SourceText.From(string.Join(newLine, lines) + newLine);

        // A benchmark of a fix that does nothing would measure a lint: make sure every note is really changed.
        var result = Fix();
        if (!result.Changed || result.Changes.Count < 3) throw new InvalidOperationException("The benchmark note gave the fixer too little to do: " + string.Join("; ", result.Changes));
    }

    [Benchmark(Description = "Fix a note")]
    public FixResult Fix() => _fixer.Fix(_source, "docs/SESSION-HANDOFF.md", _options);
}
