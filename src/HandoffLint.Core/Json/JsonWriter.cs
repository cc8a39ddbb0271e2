using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HandoffLint.Json;

/// <summary>
/// Writes compact JSON text (the hook responses and the session state file) with the escaping RFC 8259 requires:
/// quotes, backslashes and control characters; everything else is written as is and encoded as UTF-8 by the caller.
/// </summary>
public sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();
    private readonly Stack<bool> _needsComma = new();
    private bool _afterName;

    /// <summary>Starts an object, as a value or as the value of the property just named.</summary>
    public JsonWriter StartObject() => Open('{');

    /// <summary>Ends the innermost object.</summary>
    public JsonWriter EndObject() => Close('}');

    /// <summary>Starts an array.</summary>
    public JsonWriter StartArray() => Open('[');

    /// <summary>Ends the innermost array.</summary>
    public JsonWriter EndArray() => Close(']');

    /// <summary>Writes a property name; the next call writes its value.</summary>
    public JsonWriter Name(string name)
    {
        BeforeValue();
        AppendString(name);
        _builder.Append(':');
        _afterName = true;
        return this;
    }

    /// <summary>Writes a string value (or null).</summary>
    public JsonWriter String(string? value)
    {
        BeforeValue();
        if (value is null) _builder.Append("null");
        else AppendString(value);
        return this;
    }

    /// <summary>Writes an integer value.</summary>
    public JsonWriter Number(long value)
    {
        BeforeValue();
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
    public JsonWriter Boolean(bool value)
    {
        BeforeValue();
        _builder.Append(value ? "true" : "false");
        return this;
    }

    /// <summary>Writes <c>"name": "value"</c>.</summary>
    public JsonWriter Property(string name, string? value) => Name(name).String(value);

    /// <summary>Writes <c>"name": number</c>.</summary>
    public JsonWriter Property(string name, long value) => Name(name).Number(value);

    /// <summary>Writes <c>"name": true|false</c>.</summary>
    public JsonWriter Property(string name, bool value) => Name(name).Boolean(value);

    /// <summary>The JSON written so far.</summary>
    public override string ToString() => _builder.ToString();

    /// <summary><paramref name="value"/> as a JSON string literal, quotes included.</summary>
    public static string Quote(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        var writer = new JsonWriter();
        writer.AppendString(value);
        return writer.ToString();
    }

    private JsonWriter Open(char bracket)
    {
        BeforeValue();
        _builder.Append(bracket);
        _needsComma.Push(false);
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        if (_needsComma.Count == 0) throw new InvalidOperationException("There is no open object or array to close.");
        _needsComma.Pop();
        _builder.Append(bracket);
        return this;
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_needsComma.Count == 0) return;
        if (_needsComma.Peek()) _builder.Append(',');
        else
        {
            _needsComma.Pop();
            _needsComma.Push(true);
        }
    }

    private void AppendString(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                case '\b': _builder.Append("\\b"); break;
                case '\f': _builder.Append("\\f"); break;
                default:
                    // Control characters must be escaped; U+2028/U+2029 are too, so the text is also safe inside JavaScript.
                    if (c < ' ' || c == '\u2028' || c == '\u2029') _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else _builder.Append(c);
                    break;
            }
        }

        _builder.Append('"');
    }
}
