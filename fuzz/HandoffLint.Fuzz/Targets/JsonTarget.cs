using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using HandoffLint.Json;

namespace HandoffLint.Fuzz.Targets;

/// <summary>
/// The core's JSON reader (agent settings): on malformed, hostile and deeply nested JSON it returns a failure with a
/// position, never throws otherwise and never overflows the stack.
/// </summary>
public sealed class JsonTarget : IFuzzTarget
{
    private static readonly string[] Samples =
    {
        """{"hooks":{"SessionStart":[{"matcher":"startup|resume","hooks":[{"type":"command","command":"handofflint hook claude session-start"}]}]}}""",
        """{"hooks":{"Stop":[{"hooks":[{"type":"command","command":"handofflint hook claude stop","timeout":30}]}]},"disableAllHooks":false}""",
        """{"tools":{"handofflint":{"version":"1.0.0","commands":["handofflint"]}},"isRoot":true,"version":1}""",
        """[1,-2.5e10,true,null,"\u00e9\ud83d\ude00",{}]""",
    };

    public string Name => "json";

    public Gen<string> Inputs(IReadOnlyList<string> corpus) => Gen.Select(
        Gen.OneOf(Samples),
        Gen.Select(Gen.Double.Unit, Gen.Int[0, 3], Gen.OneOf("{", "[", "\"", "\\", "\\u", "\\ud800", ",", ":", "}", "]", "1e999", "-", "\u0000", "\uFEFF", "nul", "[[[[[[[[[[", new string('[', 300)), (at, kind, piece) => (at, kind, piece)).Array[0, 6],
        (sample, edits) => edits.Aggregate(sample, (text, e) =>
        {
            var at = (int)(e.at * text.Length);
            return e.kind switch
            {
                0 => text.Insert(at, e.piece),
                1 => text.Remove(at, Math.Min(text.Length - at, e.piece.Length)),
                2 => text.Substring(0, at),
                _ => text.Insert(at, text.Substring(at, Math.Min(text.Length - at, 20))),
            };
        }));

    public IReadOnlyList<string> Check(string input)
    {
        try
        {
            if (!JsonReader.TryParse(input, out _, out var error) && error is null) return new[] { "json-failure-explained: a failed parse gave no error" };
            return Array.Empty<string>();
        }
        catch (Exception e)
        {
            return new[] { $"no-exception: {e.GetType().Name}: {e.Message}" };
        }
    }
}
