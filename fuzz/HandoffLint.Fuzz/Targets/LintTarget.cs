using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using HandoffLint.Text;

namespace HandoffLint.Fuzz.Targets;

/// <summary>
/// The in-process lint of a note (no file system, no git): no exception and no HL9999; every position inside its line and
/// never inside a surrogate pair; messages one line with no control or bidi characters; the same result twice.
/// </summary>
public sealed class LintTarget : IFuzzTarget
{
    /// <summary>The path the text stands for.</summary>
    public const string NotePath = "docs/SESSION-HANDOFF.md";

    private static readonly HandoffLinter Linter = new(new FixedClock(new DateTimeOffset(2026, 4, 2, 12, 0, 0, TimeSpan.Zero)));

    public string Name => "lint";

    public Gen<string> Inputs(IReadOnlyList<string> corpus) =>
        corpus.Count == 0 ? NoteGenerators.Note : Gen.Frequency((1, NoteGenerators.Note), (1, CorpusMutations.Of(corpus)));

    public IReadOnlyList<string> Check(string input)
    {
        var problems = new List<string>();
        try
        {
            var first = Lint(input);
            problems.AddRange(DiagnosticInvariants.Check(first.Diagnostics, SourceText.From(input), NotePath));
            var second = Lint(input);
            if (!first.Diagnostics.Select(DiagnosticInvariants.Describe).SequenceEqual(second.Diagnostics.Select(DiagnosticInvariants.Describe)))
            {
                problems.Add("deterministic: a second lint of the same text gave other diagnostics");
            }
        }
        catch (Exception e)
        {
            problems.Add($"no-exception: {e.GetType().Name}: {e.Message}");
        }

        return problems;
    }

    /// <summary>Lints <paramref name="text"/> as the note, with default options.</summary>
    public static LintResult Lint(string text) => Linter.LintText(text, NotePath);
}
