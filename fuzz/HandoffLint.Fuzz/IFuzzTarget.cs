using System.Collections.Generic;
using CsCheck;

namespace HandoffLint.Fuzz;

/// <summary>One thing the fuzz suite feeds: its inputs and the properties every input must keep.</summary>
public interface IFuzzTarget
{
    /// <summary>The name used on the command line, in reports and as the folder of its regression fixtures.</summary>
    string Name { get; }

    /// <summary>Its inputs: generated, and mutated from the corpus when there is one (empty when it is absent).</summary>
    Gen<string> Inputs(IReadOnlyList<string> corpus);

    /// <summary>
    /// The properties <paramref name="input"/> breaks, each as "property: detail" (empty when it keeps them all). Never
    /// throws: an exception from the code under test is itself a broken property.
    /// </summary>
    IReadOnlyList<string> Check(string input);
}
