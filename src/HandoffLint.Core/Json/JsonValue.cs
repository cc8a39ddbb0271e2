using System;
using System.Collections.Generic;
using System.Globalization;

namespace HandoffLint.Json;

/// <summary>What a <see cref="JsonValue"/> is.</summary>
internal enum JsonValueKind
{
    /// <summary>An object: <c>{ "name": value, ... }</c>.</summary>
    Object,

    /// <summary>An array: <c>[ value, ... ]</c>.</summary>
    Array,

    /// <summary>A string.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>
/// One value of a JSON document read by <see cref="JsonReader"/>, with the 1-based line and column where it starts, so that a
/// finding about a settings file can point at the line to change.
/// </summary>
internal abstract class JsonValue
{
    private protected JsonValue(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>What the value is.</summary>
    public abstract JsonValueKind Kind { get; }

    /// <summary>The 1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (in UTF-16 code units) of the value's first character.</summary>
    public int Column { get; }

    /// <summary>The 1-based line of the value's last character.</summary>
    public int EndLine { get; internal set; }

    /// <summary>The 1-based column just after the value's last character.</summary>
    public int EndColumn { get; internal set; }

    /// <summary>The string's text when this is a string, else null.</summary>
    public string? AsString() => (this as JsonString)?.Value;

    /// <summary>This value as an object, or null when it is something else.</summary>
    public JsonObject? AsObject() => this as JsonObject;

    /// <summary>This value as an array, or null when it is something else.</summary>
    public JsonArray? AsArray() => this as JsonArray;

    /// <summary>True only for the literal <c>true</c>; a string "true" or a number is not.</summary>
    public bool IsTrue => this is JsonBoolean { Value: true };
}

/// <summary>A JSON object; its members keep the order and positions they had in the text.</summary>
internal sealed class JsonObject : JsonValue
{
    internal JsonObject(int line, int column, IReadOnlyList<JsonMember> members)
        : base(line, column) => Members = members;

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Object;

    /// <summary>The members in text order, duplicates included.</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    /// <summary>
    /// The value of the member named <paramref name="name"/> (compared ordinally), or null when there is none. When a name
    /// appears twice the last one wins, as it does for JavaScript's <c>JSON.parse</c>, which is how the agents read their settings.
    /// </summary>
    public JsonValue? this[string name] => Find(name)?.Value;

    /// <summary>The member named <paramref name="name"/> (the last one when repeated), or null.</summary>
    public JsonMember? Find(string name)
    {
        for (var i = Members.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Members[i].Name, name, StringComparison.Ordinal)) return Members[i];
        }

        return null;
    }
}

/// <summary>One <c>"name": value</c> pair of an object.</summary>
internal sealed class JsonMember
{
    internal JsonMember(string name, int line, int column, JsonValue value)
    {
        Name = name;
        Line = line;
        Column = column;
        Value = value;
    }

    /// <summary>The member's name, unescaped.</summary>
    public string Name { get; }

    /// <summary>The 1-based line of the name's opening quote.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the name's opening quote.</summary>
    public int Column { get; }

    /// <summary>The member's value.</summary>
    public JsonValue Value { get; }
}

/// <summary>A JSON array.</summary>
internal sealed class JsonArray : JsonValue
{
    internal JsonArray(int line, int column, IReadOnlyList<JsonValue> items)
        : base(line, column) => Items = items;

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Array;

    /// <summary>The items in text order.</summary>
    public IReadOnlyList<JsonValue> Items { get; }
}

/// <summary>A JSON string, unescaped.</summary>
internal sealed class JsonString : JsonValue
{
    internal JsonString(int line, int column, string value)
        : base(line, column) => Value = value;

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.String;

    /// <summary>The text, with escapes resolved.</summary>
    public string Value { get; }
}

/// <summary>A JSON number, kept as written so that no precision is lost by reading it.</summary>
internal sealed class JsonNumber : JsonValue
{
    internal JsonNumber(int line, int column, string text)
        : base(line, column) => Text = text;

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Number;

    /// <summary>The number as written in the text.</summary>
    public string Text { get; }

    /// <summary>The number as a double (JavaScript's view of it).</summary>
    public double Value => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The number as a 64-bit integer when it is one exactly (no fraction, no exponent, in range).</summary>
    public bool TryGetInt64(out long value) =>
        long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
internal sealed class JsonBoolean : JsonValue
{
    internal JsonBoolean(int line, int column, bool value)
        : base(line, column) => Value = value;

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Boolean;

    /// <summary>The literal's value.</summary>
    public bool Value { get; }
}

/// <summary><c>null</c>.</summary>
internal sealed class JsonNull : JsonValue
{
    internal JsonNull(int line, int column)
        : base(line, column)
    {
    }

    /// <inheritdoc />
    public override JsonValueKind Kind => JsonValueKind.Null;
}
