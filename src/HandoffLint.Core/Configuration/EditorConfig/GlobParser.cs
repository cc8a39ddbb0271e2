using System.Collections.Generic;
using System.Globalization;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>
/// Reads an EditorConfig glob into a <see cref="GlobNode"/> tree with the reference implementation's rules: braces are
/// groups only when the glob's unescaped braces balance; a brace whose first unescaped ',' or '}' is a '}' is literal
/// text in braces (or a numeric range); a '[' whose class would hold a '/' is literal text; a backslash escapes the next
/// character. Every scan is precomputed, so parsing is linear in the glob's length.
/// </summary>
internal sealed class GlobParser
{
    private readonly int[] _text;
    private readonly bool[] _escaped;   // The code point follows an escaping backslash: always literal.
    private readonly bool[] _isEscape;  // The code point is a backslash that escapes the next one: emits nothing.
    private readonly int[] _nextStop;   // First index >= i of an unescaped ',' or '}'.
    private readonly int[] _nextSlash;  // First index >= i of an unescaped '/'.
    private readonly int[] _nextClose;  // First index >= i of an unescaped ']'.
    private int _numericRanges;
    private string? _problem;

    private GlobParser(string pattern)
    {
        var codePoints = new List<int>(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (char.IsHighSurrogate(pattern[i]) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(pattern[i], pattern[i + 1]));
                i++;
            }
            else
            {
                codePoints.Add(pattern[i]);
            }
        }

        _text = codePoints.ToArray();
        var n = _text.Length;
        _escaped = new bool[n];
        _isEscape = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (_text[i] == '\\' && !_escaped[i] && i + 1 < n)
            {
                _isEscape[i] = true;
                _escaped[i + 1] = true;
            }
        }

        _nextStop = NextIndex(c => c == ',' || c == '}');
        _nextSlash = NextIndex(c => c == '/');
        _nextClose = NextIndex(c => c == ']');
    }

    /// <summary>Parses a whole glob; null with <paramref name="problem"/> set when it breaks a bound or cannot mean anything.</summary>
    public static GlobSequence? Parse(string pattern, out string? problem)
    {
        var parser = new GlobParser(pattern);
        var tree = parser.ParseRange(0, parser._text.Length, depth: 0);
        problem = parser._problem;
        return problem is null ? tree : null;
    }

    private int[] NextIndex(System.Func<int, bool> wanted)
    {
        var next = new int[_text.Length + 1];
        next[_text.Length] = _text.Length;
        for (var i = _text.Length - 1; i >= 0; i--) next[i] = wanted(_text[i]) && !_escaped[i] ? i : next[i + 1];
        return next;
    }

    private GlobSequence ParseRange(int start, int end, int depth)
    {
        var root = new GlobSequence();
        if (depth > EditorConfigGlob.MaxNesting)
        {
            Fail($"a glob whose braces nest at most {EditorConfigGlob.MaxNesting} deep");
            return root;
        }

        var balanced = BracesBalance(start, end);
        var groups = new Stack<(GlobChoice Choice, GlobSequence Outer)>();
        var current = root;
        var i = start;
        while (i < end && _problem is null)
        {
            var c = _text[i];
            if (_isEscape[i])
            {
                i++;
                continue;
            }

            if (_escaped[i])
            {
                current.Items.Add(Literal(c));
                i++;
                continue;
            }

            switch (c)
            {
                case '*':
                    var run = i;
                    while (run < end && _text[run] == '*') run++;
                    current.Items.Add(new GlobRepeat(run - i >= 2 ? GlobCharSet.Any : GlobCharSet.AnyButSlash));
                    i = run;
                    break;
                case '?':
                    current.Items.Add(new GlobCharacter(GlobCharSet.AnyButSlash));
                    i++;
                    break;
                case '/':
                    current.Items.Add(Literal('/'));
                    if (i + 3 < end && _text[i + 1] == '*' && _text[i + 2] == '*' && _text[i + 3] == '/')
                    {
                        // "a/**/b" also matches "a/b": the "**/" may match nothing at all.
                        var anyFolders = new GlobSequence();
                        anyFolders.Items.Add(new GlobRepeat(GlobCharSet.Any));
                        anyFolders.Items.Add(Literal('/'));
                        current.Items.Add(new GlobOptional(anyFolders));
                        i += 4;
                    }
                    else
                    {
                        i++;
                    }

                    break;
                case '[':
                    i = ParseBracket(i, end, current);
                    break;
                case '{' when balanced:
                    {
                        var stop = i + 1 < end ? System.Math.Min(_nextStop[i + 1], end) : end;
                        if (stop < end && _text[stop] == ',')
                        {
                            if (depth + groups.Count + 1 > EditorConfigGlob.MaxNesting)
                            {
                                Fail($"a glob whose braces nest at most {EditorConfigGlob.MaxNesting} deep");
                                break;
                            }

                            var choice = new GlobChoice();
                            groups.Push((choice, current));
                            current = new GlobSequence();
                            choice.Alternatives.Add(current);
                            i++;
                        }
                        else if (stop < end)
                        {
                            // No comma before the closing brace: a numeric range, or literal text in braces.
                            if (TryNumericRange(i + 1, stop, out var number))
                            {
                                if (number is not null) current.Items.Add(number);
                            }
                            else
                            {
                                current.Items.Add(Literal('{'));
                                current.Items.Add(ParseRange(i + 1, stop, depth + groups.Count + 1));
                                current.Items.Add(Literal('}'));
                            }

                            i = stop + 1;
                        }
                        else
                        {
                            current.Items.Add(Literal('{'));
                            i++;
                        }

                        break;
                    }

                case ',' when groups.Count > 0:
                    current = new GlobSequence();
                    groups.Peek().Choice.Alternatives.Add(current);
                    i++;
                    break;
                case '}' when groups.Count > 0:
                    {
                        var (choice, outer) = groups.Pop();
                        outer.Items.Add(choice);
                        current = outer;
                        i++;
                        break;
                    }

                default:
                    current.Items.Add(Literal(c));
                    i++;
                    break;
            }
        }

        // Balanced counts can still leave a group open ("}{a,b"): the reference builds an invalid expression from it.
        if (groups.Count > 0) Fail("a glob whose brace groups each close after they open");
        return root;
    }

    /// <summary>A '[' at <paramref name="open"/>: a character class, or literal text. Returns the index after what it consumed.</summary>
    private int ParseBracket(int open, int end, GlobSequence current)
    {
        var slash = open + 1 < end ? _nextSlash[open + 1] : end;
        var close = open + 1 < end ? _nextClose[open + 1] : end;
        if (slash < end && slash < close)
        {
            // A class never matches '/', so "[e/]" is text: '[' and everything up to the slash stay literal.
            for (var k = open; k <= slash; k++)
            {
                if (!_isEscape[k]) current.Items.Add(Literal(_text[k]));
            }

            return slash + 1;
        }

        var first = open + 1;
        var negated = first < end && (_text[first] == '!' || _text[first] == '^');
        if (negated) first++;
        // A ']' right after "[" or "[!" is a member, as in POSIX.
        close = first + 1 < end ? System.Math.Min(_nextClose[first + 1], end) : end;
        if (close >= end)
        {
            current.Items.Add(Literal('['));
            return open + 1;
        }

        var ranges = new List<int>();
        var m = first;
        while (m < close)
        {
            if (_isEscape[m]) m++;
            var low = _text[m];
            m++;
            if (m + 1 < close && _text[m] == '-' && !_escaped[m])
            {
                var highAt = _isEscape[m + 1] ? m + 2 : m + 1;
                if (highAt < close)
                {
                    var high = _text[highAt];
                    if (high < low)
                    {
                        Fail("a glob whose character ranges run upwards, such as [a-z]");
                        return close + 1;
                    }

                    ranges.Add(low);
                    ranges.Add(high);
                    m = highAt + 1;
                    continue;
                }
            }

            ranges.Add(low);
            ranges.Add(low);
        }

        current.Items.Add(new GlobCharacter(GlobCharSet.Class(ranges, negated)));
        return close + 1;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) reads <c>N..M</c>; <paramref name="number"/> is null when it
    /// does but breaks a bound (the problem is recorded).
    /// </summary>
    private bool TryNumericRange(int start, int end, out GlobNumber? number)
    {
        number = null;
        var firstEnd = ScanInteger(start, end);
        if (firstEnd < 0 || firstEnd + 2 > end || _text[firstEnd] != '.' || _text[firstEnd + 1] != '.') return false;
        var secondEnd = ScanInteger(firstEnd + 2, end);
        if (secondEnd != end) return false;

        if (!int.TryParse(Text(start, firstEnd), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a) ||
            !int.TryParse(Text(firstEnd + 2, end), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b))
        {
            Fail("a glob whose numeric ranges have ends from -2147483648 to 2147483647");
            return true;
        }

        if (++_numericRanges > EditorConfigGlob.MaxNumericRanges)
        {
            Fail($"a glob with at most {EditorConfigGlob.MaxNumericRanges} numeric ranges");
            return true;
        }

        number = new GlobNumber(System.Math.Min(a, b), System.Math.Max(a, b));
        return true;
    }

    /// <summary>The end of an optionally signed run of ASCII digits starting at <paramref name="start"/>, or -1 when there is none.</summary>
    private int ScanInteger(int start, int end)
    {
        var i = start;
        if (i < end && (_text[i] == '+' || _text[i] == '-')) i++;
        var digits = i;
        while (i < end && _text[i] >= '0' && _text[i] <= '9') i++;
        return i > digits ? i : -1;
    }

    private string Text(int start, int end)
    {
        var builder = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++) builder.Append((char)_text[i]); // Signs and ASCII digits only.
        return builder.ToString();
    }

    private bool BracesBalance(int start, int end)
    {
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (_escaped[i]) continue;
            if (_text[i] == '{') depth++;
            else if (_text[i] == '}') depth--;
        }

        return depth == 0;
    }

    private void Fail(string problem) => _problem ??= problem;

    private static GlobCharacter Literal(int codePoint) => new(GlobCharSet.Single(codePoint));
}
