using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HandoffLint.Configuration;

namespace HandoffLint.Benchmarks;

/// <summary>
/// Cost must stay linear in the note's size: the typical note repeated 1, 10 and 100 times (5 KB to 500 KB, larger
/// than the largest real note, 95 KB). Mean per KB should stay flat across the rows.
/// </summary>
[MemoryDiagnoser]
public class LintScalingBenchmarks
{
    private readonly HandoffLinter _linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private readonly HandoffLintOptions _options = new() { GitRulesEnabled = false, MaxCharacters = int.MaxValue };
    private string _note = string.Empty;

    [Params(1, 10, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void BuildNote()
    {
        var typical = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notes", "typical.md"));
        _note = string.Concat(Enumerable.Repeat(typical, Copies));
    }

    [Benchmark(Description = "Lint, note repeated N times")]
    public object Lint() => _linter.LintText(_note, "docs/SESSION-HANDOFF.md", _options);
}
