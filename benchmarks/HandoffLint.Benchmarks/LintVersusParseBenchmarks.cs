using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using HandoffLint;
using HandoffLint.Configuration;
using Markdig;

namespace HandoffLint.Benchmarks;

/// <summary>
/// What a lint costs beside the Markdown parse it cannot avoid: linting a typical 5 KB note (every document rule)
/// against Markdig parsing the same text. Goal: at most 1.5x the parse time and 2x its allocations.
/// </summary>
[MemoryDiagnoser]
public class LintVersusParseBenchmarks
{
    private readonly HandoffLinter _linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private readonly HandoffLintOptions _options = new() { GitRulesEnabled = false };
    private string _note = string.Empty;

    [GlobalSetup]
    public void LoadNote() => _note = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notes", "typical.md"));

    // CommonMark's default pipeline, as the goal was set. The lint's own parse is this one without inline parsing, which no
    // rule reads and which is where Markdig was quadratic (issue 13), so it costs a little less than this baseline.
    [Benchmark(Baseline = true, Description = "Markdig parse")]
    public object MarkdigParse() => Markdown.Parse(_note);

    [Benchmark(Description = "HandoffLint lint (parse + every rule)")]
    public object Lint() => _linter.LintText(_note, "docs/SESSION-HANDOFF.md", _options);
}
