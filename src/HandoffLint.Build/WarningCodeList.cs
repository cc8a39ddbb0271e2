using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffLint.Build;

/// <summary>
/// A set of HandoffLint codes taken from an MSBuild warning-code property (<c>NoWarn</c>, <c>WarningsAsErrors</c>, ...),
/// in one canonical spelling: upper case, distinct, sorted, joined by semicolons.
/// </summary>
/// <remarks>
/// The canonical form matters for more than looks: the lists become global properties of HandoffLint's private
/// project, and MSBuild builds that project once per distinct set of global properties. Two projects that write the
/// same codes in another order, case or separator must produce the same string, or the note is reported twice.
/// </remarks>
internal static class WarningCodeList
{
    private static readonly char[] Separators = { ';', ',', ' ', '\t', '\r', '\n' };

    /// <summary>The HandoffLint codes (<c>HLnnnn</c>) in <paramref name="values"/>; every other code is dropped.</summary>
    public static SortedSet<string> Parse(params string?[] values)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (string.IsNullOrEmpty(value)) continue;
            foreach (var part in value!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var code = part.Trim().ToUpperInvariant();
                if (IsHandoffLintCode(code)) codes.Add(code);
            }
        }

        return codes;
    }

    /// <summary>The canonical string of the HandoffLint codes in <paramref name="values"/>.</summary>
    public static string Canonical(params string?[] values) => string.Join(";", Parse(values));

    private static bool IsHandoffLintCode(string code) =>
        code.Length == 6 && code.StartsWith("HL", StringComparison.Ordinal) && code.Skip(2).All(c => c >= '0' && c <= '9');
}
