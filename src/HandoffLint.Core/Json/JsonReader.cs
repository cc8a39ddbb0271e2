using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HandoffLint.Json;

/// <summary>
/// A small, strict JSON reader (RFC 8259) for the settings files and hook payloads HandoffLint reads. The core library runs
/// inside MSBuild on .NET Framework, where shipping System.Text.Json would put a second copy of it beside MSBuild's own; a
/// few hundred lines that read exactly the standard are the lighter and safer dependency.
/// </summary>
/// <remarks>
/// Strict where the agents are strict (they read with <c>JSON.parse</c> or serde): no comments, no trailing commas, no
/// single quotes, no unquoted names, no control characters inside strings, nothing after the value. A UTF-8 byte order
/// mark at the start is skipped. Repeated member names are kept (lookups take the last, as <c>JSON.parse</c> does).
/// Nesting is limited to <see cref="MaxDepth"/> levels so that hostile input cannot exhaust the stack.
/// </remarks>
internal static class JsonReader
{
    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public const int MaxDepth = 256;

    /// <summary>Reads <paramref name="text"/> as one JSON value.</summary>
    /// <exception cref="JsonReaderException">The text is not valid JSON; the exception says where and why.</exception>
    public static JsonValue Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var parser = new Parser(text);
        return parser.ParseDocument();
    }

    /// <summary>Reads <paramref name="text"/> as one JSON value; on failure returns false with the reason in <paramref name="error"/>.</summary>
    public static bool TryParse(string text, out JsonValue? value, out JsonReaderException? error)
    {
        try
        {
            value = Parse(text);
            error = null;
            return true;
        }
        catch (JsonReaderException e)
        {
            value = null;
            error = e;
            return false;
        }
    }

    private sealed class Parser
    {
        private readonly string _text;
        private int _position;
        private int _line = 1;
        private int _lineStart;
        private int _depth;

        public Parser(string text)
        {
            _text = text;
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _position = 1;
                _lineStart = 1;
            }
        }

        private int Column => _position - _lineStart + 1;

        public JsonValue ParseDocument()
        {
            SkipWhitespace();
            if (_position >= _text.Length) throw Error("the text is empty; Expected: a JSON value");
            var value = ParseValue();
            SkipWhitespace();
            if (_position < _text.Length) throw Error($"unexpected {Describe(_text[_position])} after the end of the JSON value");
            return value;
        }

        private JsonValue ParseValue()
        {
            var value = ParseValueStart();
            value.EndLine = _line;
            value.EndColumn = Column;
            return value;
        }

        private JsonValue ParseValueStart()
        {
            if (_position >= _text.Length) throw Error("the text ends where a value was expected");
            var c = _text[_position];
            switch (c)
            {
                case '{': return ParseObject();
                case '[': return ParseArray();
                case '"':
                {
                    var (line, column) = (_line, Column);
                    return new JsonString(line, column, ParseString());
                }

                case 't': return ParseLiteral("true", (l, col) => new JsonBoolean(l, col, true));
                case 'f': return ParseLiteral("false", (l, col) => new JsonBoolean(l, col, false));
                case 'n': return ParseLiteral("null", (l, col) => new JsonNull(l, col));
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                    throw Error($"unexpected {Describe(c)}; Expected: a value (object, array, string, number, true, false or null)");
            }
        }

        private JsonObject ParseObject()
        {
            var (line, column) = (_line, Column);
            Enter();
            _position++; // '{'
            var members = new List<JsonMember>();
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                _depth--;
                return new JsonObject(line, column, members);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Peek() == '}'
                        ? Error("a comma before '}' (trailing commas are not JSON)")
                        : Error($"unexpected {DescribeAt()}; Expected: a member name in double quotes");
                }

                var (nameLine, nameColumn) = (_line, Column);
                var name = ParseString();
                SkipWhitespace();
                if (Peek() != ':') throw Error($"unexpected {DescribeAt()}; Expected: ':' after the member name \"{name}\"");
                _position++;
                SkipWhitespace();
                var value = ParseValue();
                members.Add(new JsonMember(name, nameLine, nameColumn, value));
                SkipWhitespace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    continue;
                }

                if (next == '}')
                {
                    _position++;
                    _depth--;
                    return new JsonObject(line, column, members);
                }

                throw Error($"unexpected {DescribeAt()}; Expected: ',' or '}}' after a member");
            }
        }

        private JsonArray ParseArray()
        {
            var (line, column) = (_line, Column);
            Enter();
            _position++; // '['
            var items = new List<JsonValue>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                _depth--;
                return new JsonArray(line, column, items);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']') throw Error("a comma before ']' (trailing commas are not JSON)");
                items.Add(ParseValue());
                SkipWhitespace();
                var next = Peek();
                if (next == ',')
                {
                    _position++;
                    continue;
                }

                if (next == ']')
                {
                    _position++;
                    _depth--;
                    return new JsonArray(line, column, items);
                }

                throw Error($"unexpected {DescribeAt()}; Expected: ',' or ']' after an item");
            }
        }

        private string ParseString()
        {
            _position++; // opening quote
            StringBuilder? builder = null;
            var runStart = _position;
            while (true)
            {
                if (_position >= _text.Length) throw Error("a string is not closed; Expected: '\"'");
                var c = _text[_position];
                if (c == '"')
                {
                    var tail = _text.Substring(runStart, _position - runStart);
                    _position++;
                    return builder is null ? tail : builder.Append(tail).ToString();
                }

                if (c < ' ')
                {
                    throw Error(c == '\n' || c == '\r'
                        ? "a line break inside a string (write it as \\n)"
                        : $"the control character U+{(int)c:X4} inside a string (escape it as \\u{(int)c:X4})");
                }

                if (c != '\\')
                {
                    _position++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(_text, runStart, _position - runStart);
                _position++;
                if (_position >= _text.Length) throw Error("a string ends inside an escape sequence");
                var escape = _text[_position];
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        var hex = _text.Substring(_position + 1, Math.Min(4, _text.Length - _position - 1));
                        if (hex.Length < 4 || !IsHex(hex) || !ushort.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("a \\u escape needs four hexadecimal digits");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        throw Error($"the escape \\{escape} is not JSON; Expected: one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
                }

                _position++;
                runStart = _position;
            }
        }

        private JsonNumber ParseNumber()
        {
            var (line, column) = (_line, Column);
            var start = _position;
            if (Peek() == '-') _position++;
            if (Peek() == '0')
            {
                _position++;
                if (IsDigit(Peek())) throw Error("a number with a leading zero is not JSON");
            }
            else if (IsDigit(Peek()))
            {
                while (IsDigit(Peek())) _position++;
            }
            else
            {
                throw Error($"unexpected {DescribeAt()}; Expected: a digit");
            }

            if (Peek() == '.')
            {
                _position++;
                if (!IsDigit(Peek())) throw Error($"unexpected {DescribeAt()}; Expected: a digit after the decimal point");
                while (IsDigit(Peek())) _position++;
            }

            if (Peek() == 'e' || Peek() == 'E')
            {
                _position++;
                if (Peek() == '+' || Peek() == '-') _position++;
                if (!IsDigit(Peek())) throw Error($"unexpected {DescribeAt()}; Expected: a digit in the exponent");
                while (IsDigit(Peek())) _position++;
            }

            return new JsonNumber(line, column, _text.Substring(start, _position - start));
        }

        private JsonValue ParseLiteral(string literal, Func<int, int, JsonValue> create)
        {
            var (line, column) = (_line, Column);
            if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0 || (_position + literal.Length < _text.Length && char.IsLetterOrDigit(_text[_position + literal.Length])))
            {
                throw Error($"unexpected {DescribeAt()}; Expected: a value (literals are written true, false and null)");
            }

            _position += literal.Length;
            return create(line, column);
        }

        private void Enter()
        {
            if (++_depth > MaxDepth) throw Error($"objects and arrays are nested deeper than {MaxDepth} levels");
        }

        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == ' ' || c == '\t')
                {
                    _position++;
                }
                else if (c == '\n' || c == '\r')
                {
                    _position++;
                    if (c == '\r' && Peek() == '\n') _position++;
                    _line++;
                    _lineStart = _position;
                }
                else
                {
                    return;
                }
            }
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        // ushort.TryParse with AllowHexSpecifier alone would accept surrounding white space in some runtimes; JSON does not.
        private static bool IsHex(string text)
        {
            foreach (var c in text)
            {
                if (!IsDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) return false;
            }

            return true;
        }

        private string DescribeAt() => _position < _text.Length ? Describe(_text[_position]) : "end of text";

        private static string Describe(char c)
        {
            if (c == '/') return "'/' (comments are not JSON)";
            if (c == '\'') return "''' (strings take double quotes in JSON)";
            if (c < ' ' || c == '\u007F') return $"character U+{(int)c:X4}";
            return "'" + c + "'";
        }

        private JsonReaderException Error(string reason) => new(reason, _line, Column);
    }
}

/// <summary>Text that is not valid JSON: why, and the 1-based line and column where reading stopped.</summary>
internal sealed class JsonReaderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonReaderException(string reason, int line, int column)
        : base($"{reason} (line {line.ToString(CultureInfo.InvariantCulture)}, column {column.ToString(CultureInfo.InvariantCulture)})")
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>Why the text is not JSON, without the position.</summary>
    public string Reason { get; }

    /// <summary>The 1-based line where reading stopped.</summary>
    public int Line { get; }

    /// <summary>The 1-based column where reading stopped.</summary>
    public int Column { get; }
}
