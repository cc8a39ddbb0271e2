using System;
using System.Linq;
using CsCheck;
using HandoffLint.Tests.Support;

namespace HandoffLint.Fuzz.Tests;

/// <summary>
/// The fuzz suite's short run, part of every <c>dotnet test</c>: each target fed a few hundred to a few thousand inputs
/// from a fixed seed, so that a failure here is the same failure on every machine and is reproduced by the long run with
/// that seed (<c>--seed 20260402</c>). The long run (fuzz/README.md) feeds the same generators a million inputs.
/// </summary>
public sealed class ShortRunTests
{
    /// <summary>The seed of the short run.</summary>
    public const ulong Seed = 20260402;

    /// <summary>
    /// Inputs per target, sized by cost: a lint of a generated note (6 KB on average, some of them 100 KB of one repeated
    /// construct) costs milliseconds, a fix costs a fix and three lints, a glob or a JSON document microseconds.
    /// </summary>
    public static TheoryData<string, int> Generated() => new()
    {
        { "lint", 150 },
        { "fix", 40 },
        { "glob", 5000 },
        { "editorconfig", 400 },
        { "suppression", 1000 },
        { "json", 5000 },
    };

    [Theory]
    [MemberData(nameof(Generated))]
    public void Generated_inputs_keep_every_property(string name, int inputs)
    {
        // No corpus: what every target generates itself, the same whether ../shared/corpus is there or not.
        var target = FuzzTargets.Named(name);
        ShouldKeepEveryProperty(target, target.Inputs(Array.Empty<string>()), inputs);
    }

    [CorpusTheory]
    [InlineData("lint", 100)]
    [InlineData("fix", 25)]
    public void With_corpus_mutations_inputs_keep_every_property(string name, int inputs)
    {
        // Half generated, half mutated real notes: the long run's inputs when the corpus is there.
        var target = FuzzTargets.Named(name);
        ShouldKeepEveryProperty(target, target.Inputs(CorpusMutations.LoadCorpus()), inputs, corpusOption: string.Empty);
    }

    private static void ShouldKeepEveryProperty(IFuzzTarget target, Gen<string> generator, int inputs, string corpusOption = " --no-corpus")
    {
        var failures = FuzzTargets.Inputs(generator, Seed, inputs)
            .Select(input => (Input: input, Problems: target.Check(input)))
            .Where(r => r.Problems.Count > 0)
            .Take(3)
            .Select(r => string.Join("; ", r.Problems) + "\n    input: " + RegressionFixtures.Encode(r.Input.Length <= 600 ? r.Input : r.Input.Substring(0, 600) + "..."))
            .ToList();

        failures.Count.ShouldBe(0,
            $"{target.Name}: broken properties (reproduce and save a fixture with " +
            $"dotnet run -c Release --project fuzz/HandoffLint.Fuzz -- --target {target.Name} --seed {Seed} --inputs {inputs}{corpusOption} --save):\n" +
            string.Join("\n", failures));
    }
}
