using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>
/// An EditorConfig section glob (<c>*</c>, <c>**</c>, <c>?</c>, <c>[...]</c>, <c>[!...]</c>, <c>{a,b}</c>, <c>{1..3}</c>)
/// compiled to a regular expression over '/'-separated paths relative to the <c>.editorconfig</c>'s folder.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly List<(int Min, int Max)> _numericRanges;

    private EditorConfigGlob(Regex regex, List<(int, int)> numericRanges)
    {
        _regex = regex;
        _numericRanges = numericRanges;
    }

    /// <summary>Compiles a section name. Returns null for a glob that cannot be compiled (an unclosed brace, say).</summary>
    public static EditorConfigGlob? TryCreate(string sectionName)
    {
        var glob = sectionName;
        // A glob without a slash matches a file name in any folder; one with a slash is anchored at the file's folder.
        if (glob.IndexOf('/') < 0) glob = "**/" + glob;
        else if (glob.StartsWith("/", StringComparison.Ordinal)) glob = glob.Substring(1);

        var ranges = new List<(int, int)>();
        var builder = new StringBuilder("^");
        var index = 0;
        if (!Translate(glob, ref index, builder, ranges, insideBraces: false) || index != glob.Length) return null;
        builder.Append('$');
        try
        {
            return new EditorConfigGlob(new Regex(builder.ToString(), RegexOptions.CultureInvariant), ranges);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="relativePath"/> ('/'-separated, relative to the file's folder) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var match = _regex.Match(relativePath);
        if (!match.Success) return false;
        for (var i = 0; i < _numericRanges.Count; i++)
        {
            var group = match.Groups["n" + i.ToString(CultureInfo.InvariantCulture)];
            if (!int.TryParse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return false;
            if (value < _numericRanges[i].Min || value > _numericRanges[i].Max) return false;
        }

        return true;
    }

    private static bool Translate(string glob, ref int i, StringBuilder output, List<(int, int)> ranges, bool insideBraces)
    {
        while (i < glob.Length)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < glob.Length && glob[i + 1] == '*')
                    {
                        // "**/" also matches no folder at all, so "**/x.md" matches "x.md".
                        if (i + 2 < glob.Length && glob[i + 2] == '/')
                        {
                            output.Append("(?:.*/)?");
                            i += 3;
                        }
                        else
                        {
                            output.Append(".*");
                            i += 2;
                        }
                    }
                    else
                    {
                        output.Append("[^/]*");
                        i++;
                    }

                    break;
                case '?':
                    output.Append("[^/]");
                    i++;
                    break;
                case '[':
                    {
                        var close = glob.IndexOf(']', i + 1);
                        if (close < 0)
                        {
                            output.Append("\\[");
                            i++;
                            break;
                        }

                        var content = glob.Substring(i + 1, close - i - 1);
                        var negate = content.StartsWith("!", StringComparison.Ordinal) || content.StartsWith("^", StringComparison.Ordinal);
                        if (negate) content = content.Substring(1);
                        output.Append(negate ? "[^/" : "[").Append(content.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                        i = close + 1;
                        break;
                    }

                case '{':
                    {
                        var close = FindClosingBrace(glob, i);
                        if (close < 0) return false;
                        var inner = glob.Substring(i + 1, close - i - 1);
                        var range = Regex.Match(inner, @"^([+-]?\d+)\.\.([+-]?\d+)$");
                        if (range.Success)
                        {
                            var a = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
                            var b = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
                            output.Append("(?<n").Append(ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(">[+-]?\\d+)");
                            ranges.Add((Math.Min(a, b), Math.Max(a, b)));
                        }
                        else if (inner.IndexOf(',') < 0)
                        {
                            // A single choice is literal text in braces, as in the reference implementation.
                            output.Append(Regex.Escape("{" + inner + "}"));
                        }
                        else
                        {
                            output.Append("(?:");
                            var j = 0;
                            var first = true;
                            foreach (var alternative in SplitAlternatives(inner))
                            {
                                if (!first) output.Append('|');
                                first = false;
                                j = 0;
                                if (!Translate(alternative, ref j, output, ranges, insideBraces: true)) return false;
                            }

                            output.Append(')');
                        }

                        i = close + 1;
                        break;
                    }

                case '\\':
                    if (i + 1 < glob.Length)
                    {
                        output.Append(Regex.Escape(glob[i + 1].ToString()));
                        i += 2;
                    }
                    else
                    {
                        output.Append("\\\\");
                        i++;
                    }

                    break;
                default:
                    output.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }

        return true;
    }

    private static int FindClosingBrace(string glob, int open)
    {
        var depth = 0;
        for (var i = open; i < glob.Length; i++)
        {
            if (glob[i] == '\\') { i++; continue; }
            if (glob[i] == '{') depth++;
            else if (glob[i] == '}' && --depth == 0) return i;
        }

        return -1;
    }

    private static IEnumerable<string> SplitAlternatives(string inner)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\') { i++; continue; }
            if (inner[i] == '{') depth++;
            else if (inner[i] == '}') depth--;
            else if (inner[i] == ',' && depth == 0)
            {
                yield return inner.Substring(start, i - start);
                start = i + 1;
            }
        }

        yield return inner.Substring(start);
    }
}
