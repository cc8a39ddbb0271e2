using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using HandoffLint.Fuzz.Targets;

namespace HandoffLint.Fuzz;

/// <summary>The targets, and the inputs a run feeds them: one list and one sequence for the long run and the short run alike.</summary>
public static class FuzzTargets
{
    /// <summary>Every target, in the order a run takes them.</summary>
    public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[]
    {
        new LintTarget(), new FixTarget(), new GlobTarget(), new EditorConfigTarget(), new SuppressionTarget(), new JsonTarget(),
    };

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static IFuzzTarget Named(string name) => All.Single(t => t.Name == name);

    /// <summary>
    /// <paramref name="count"/> inputs from <paramref name="generator"/>, the same ones for the same <paramref name="seed"/>:
    /// a failure seen in a run is reproduced by running again with its seed.
    /// </summary>
    public static IEnumerable<string> Inputs(Gen<string> generator, ulong seed, long count)
    {
        var pcg = new PCG(1, seed);
        for (var n = 0L; n < count; n++) yield return generator.Generate(pcg, null, out _);
    }
}
