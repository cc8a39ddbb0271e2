using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using HandoffLint.Configuration.EditorConfig;

namespace HandoffLint.Fuzz.Targets;

/// <summary>
/// EditorConfig globs, differentially: the automaton must agree with a plain regular-expression translation of the same
/// rules on every small glob and path (where backtracking costs nothing), and its work must stay within states x path.
/// Inputs are "glob\npath\npath...".
/// </summary>
public sealed class GlobTarget : IFuzzTarget
{
    private static readonly string[] GlobParts =
    {
        "a", "b", ".", "/", "*", "**", "?", "[ab]", "[!a]", "[a-c]", "[-a]", "[\\]a]", "{a,b}", "{a,}", "{,b/}", "{", "}", ",",
        "{1..12}", "{-3..3}", "{7}", "{}", "\\*", "\\{", "\\,", "/**/", "[", "]", "[a/", "1", "-",
    };

    private static readonly string[] PathParts = { "a", "b", "c", "/", ".", "1", "2", "-", "{", "}", "*", ",", "[", "]", "12", "-3", "0" };

    public string Name => "glob";

    public Gen<string> Inputs(IReadOnlyList<string> corpus) => Gen.Select(
        Gen.OneOf(GlobParts).Array[0, 8].Select(string.Concat),
        Gen.OneOf(PathParts).Array[0, 8].Select(string.Concat).Array[1, 6],
        (glob, paths) => glob + "\n" + string.Join("\n", paths));

    public IReadOnlyList<string> Check(string input)
    {
        var problems = new List<string>();
        var lines = input.Split('\n');
        var glob = lines[0];
        try
        {
            var compiled = EditorConfigGlob.TryCreate(glob, out var problem);
            var reference = Reference(glob);
            if ((compiled is null) != (reference is null))
            {
                problems.Add($"glob-agrees: [{glob}] compiles {(compiled is null ? "only by the reference" : "only by the automaton")} ({problem})");
                return problems;
            }

            if (compiled is null || reference is null) return problems;
            foreach (var path in lines.Skip(1))
            {
                var match = compiled.IsMatch(path, out var states, out var steps);
                if (match != reference.IsMatch("/" + path)) problems.Add($"glob-agrees: [{glob}] against '{path}': the automaton says {match}");
                if (steps > 4L * states * (path.Length + 2)) problems.Add($"glob-linear: [{glob}] against '{path}' tried {steps} transitions for {states} states");
            }
        }
        catch (Exception e)
        {
            problems.Add($"no-exception: {e.GetType().Name}: {e.Message}");
        }

        return problems;
    }

    /// <summary>
    /// The same rules as <see cref="EditorConfigGlob"/>, written as a regular expression the way the reference
    /// implementation does, with numeric ranges spelled out as alternations (the globs here are small); null when the glob
    /// cannot mean anything.
    /// </summary>
    private static Regex? Reference(string sectionName)
    {
        var pattern = sectionName.IndexOf('/') < 0 ? "**/" + sectionName : sectionName.StartsWith("/", StringComparison.Ordinal) ? sectionName : "/" + sectionName;
        var body = Translate(pattern);
        if (body is null) return null;
        try
        {
            return new Regex("^(?:" + body + ")$", RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? Translate(string p)
    {
        var escaped = new bool[p.Length];
        for (var i = 0; i + 1 < p.Length; i++)
        {
            if (p[i] == '\\' && !escaped[i]) escaped[i + 1] = true;
        }

        bool Unescaped(int i, char c) => p[i] == c && !escaped[i];
        var balanced = Enumerable.Range(0, p.Length).Count(i => Unescaped(i, '{')) == Enumerable.Range(0, p.Length).Count(i => Unescaped(i, '}'));
        var result = new StringBuilder();
        var level = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '\\' && !escaped[i] && i + 1 < p.Length) continue;
            if (escaped[i])
            {
                result.Append(Regex.Escape(c.ToString()));
                continue;
            }

            switch (c)
            {
                case '*':
                    var run = i;
                    while (run < p.Length && p[run] == '*') run++;
                    result.Append(run - i >= 2 ? ".*" : "[^/]*");
                    i = run - 1;
                    break;
                case '?':
                    result.Append("[^/]");
                    break;
                case '/':
                    if (string.CompareOrdinal(p, i + 1, "**/", 0, 3) == 0)
                    {
                        result.Append("/(?:.*/)?");
                        i += 3;
                    }
                    else
                    {
                        result.Append('/');
                    }

                    break;
                case '[':
                    {
                        var first = i + 1 < p.Length && (p[i + 1] == '!' || p[i + 1] == '^') ? i + 2 : i + 1;
                        var close = -1;
                        for (var k = first + 1; k < p.Length; k++)
                        {
                            if (Unescaped(k, ']'))
                            {
                                close = k;
                                break;
                            }
                        }

                        var slash = -1;
                        for (var k = i + 1; k < p.Length; k++)
                        {
                            if (Unescaped(k, '/'))
                            {
                                slash = k;
                                break;
                            }
                        }

                        var firstClose = -1;
                        for (var k = i + 1; k < p.Length; k++)
                        {
                            if (Unescaped(k, ']'))
                            {
                                firstClose = k;
                                break;
                            }
                        }

                        if (slash >= 0 && (firstClose < 0 || slash < firstClose))
                        {
                            for (var k = i; k <= slash; k++)
                            {
                                if (!(p[k] == '\\' && !escaped[k] && k + 1 < p.Length)) result.Append(Regex.Escape(p[k].ToString()));
                            }

                            i = slash;
                            break;
                        }

                        if (close < 0)
                        {
                            result.Append("\\[");
                            break;
                        }

                        result.Append(first == i + 2 ? "[^/" : "[");
                        for (var k = first; k < close; k++)
                        {
                            if (p[k] == '\\' && !escaped[k]) continue;
                            var member = p[k];
                            // Members as \uXXXX: .NET reads "[\--z]" as three members, not as the range '-' to 'z' that
                            // "[--z]" is (the reference once disagreed with the automaton on exactly that).
                            result.Append(member == '-' && !escaped[k] && k > first && k + 1 < close ? "-" : "\\u" + ((int)member).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                        }

                        result.Append(']');
                        i = close;
                        break;
                    }

                case '{' when balanced:
                    {
                        var stop = -1;
                        for (var k = i + 1; k < p.Length; k++)
                        {
                            if (Unescaped(k, ',') || Unescaped(k, '}'))
                            {
                                stop = k;
                                break;
                            }
                        }

                        if (stop >= 0 && p[stop] == ',')
                        {
                            result.Append("(?:");
                            level++;
                        }
                        else if (stop >= 0)
                        {
                            var inner = p.Substring(i + 1, stop - i - 1);
                            var range = Regex.Match(inner, @"^([+-]?\d+)\.\.([+-]?\d+)$");
                            if (range.Success)
                            {
                                var a = int.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                                var b = int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                                result.Append("(?:").Append(string.Join("|", Enumerable.Range(Math.Min(a, b), Math.Abs(a - b) + 1).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Append(')');
                            }
                            else
                            {
                                var translated = Translate(inner);
                                if (translated is null) return null;
                                result.Append("\\{").Append(translated).Append("\\}");
                            }

                            i = stop;
                        }
                        else
                        {
                            result.Append("\\{");
                        }

                        break;
                    }

                case ',' when level > 0:
                    result.Append('|');
                    break;
                case '}' when level > 0:
                    result.Append(')');
                    level--;
                    break;
                default:
                    result.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return level > 0 ? null : result.ToString();
    }
}
