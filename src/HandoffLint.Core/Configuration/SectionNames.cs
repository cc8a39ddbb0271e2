using System;

namespace HandoffLint.Configuration;

/// <summary>
/// Heading normalization, forgiving the way people write: case, straight or curly apostrophes, emphasis, emoji and other
/// symbols, leading numbering (<c>1.</c>, <c>2)</c>, <c>IV.</c>, <c>一、</c>, <c>Step 3:</c>) and trailing qualifiers
/// (<c> — summary</c>, <c>(2026-06-11)</c>, <c>/ not done</c>, <c>&amp; trade-offs</c>) all fall away. The rules are
/// described, with the alias table, in <c>rules/names.md</c>.
/// </summary>
internal static class SectionNames
{
    [ThreadStatic]
    private static char[]? _buffer;

    // Trailing words that say when, not what: "Decisions made this session" is "Decisions made".
    private static readonly string[] TrailingPhrases = { " from this session", " in this session", " this session", " so far" };

    /// <summary>Normalizes a heading's text for matching: <c>"🚧 What’s Next:"</c> becomes <c>"whats next"</c>.</summary>
    public static string Normalize(string headingText)
    {
        var text = headingText ?? string.Empty;
        return NormalizeRange(text, 0, LengthWithoutTrailingParenthetical(text));
    }

    /// <summary>Turns a heading into a snake_case key: <c>"Port Policy"</c> becomes <c>port_policy</c>.</summary>
    public static string ToKey(string headingText) => Normalize(headingText).Replace(' ', '_');

    /// <summary>
    /// The forms a heading is matched by: the whole of it without numbering (<see cref="HeadingForms.Whole"/>), and its name
    /// before the first qualifier, without a trailing "this session" (<see cref="HeadingForms.Name"/>), both normalized.
    /// </summary>
    internal static HeadingForms Read(string headingText)
    {
        var text = headingText ?? string.Empty;
        var start = SkipNumbering(text);
        var whole = NormalizeRange(text, start, LengthWithoutTrailingParenthetical(text));
        var qualifier = QualifierStart(text, start);
        var name = qualifier > start ? NormalizeRange(text, start, qualifier) : whole;
        name = WithoutTrailingPhrase(name);
        return new HeadingForms(whole.Length == 0 ? name : whole, name.Length == 0 ? whole : name);
    }

    /// <summary>Where a heading's words start, after decoration and numbering (<c>"6. 🚧 Gotchas"</c> gives the index of <c>G</c>).</summary>
    internal static int NameStart(string headingText) => SkipNumbering(headingText ?? string.Empty);

    /// <summary>Whether <paramref name="phrase"/> (normalized) stands in <paramref name="normalized"/> as whole words; anywhere for scripts written without spaces.</summary>
    internal static bool ContainsPhrase(string normalized, string phrase)
    {
        if (phrase.Length == 0) return false;
        for (var at = normalized.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = normalized.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            var startsWord = at == 0 || normalized[at - 1] == ' ' || IsUnspaced(phrase[0]);
            var endsWord = end == normalized.Length || normalized[end] == ' ' || IsUnspaced(phrase[phrase.Length - 1]);
            if (startsWord && endsWord) return true;
        }

        return false;
    }

    private static string NormalizeRange(string text, int start, int end)
    {
        if (end <= start) return string.Empty;
        // One reused buffer and one string: every heading of every note passes through here on every lint.
        var buffer = _buffer is { } reused && reused.Length >= end - start ? reused : _buffer = new char[Math.Max(128, end - start)];
        var used = 0;
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && used > 0) buffer[used++] = ' ';
                pendingSpace = false;
                buffer[used++] = char.ToLowerInvariant(c);
            }
            else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '*' || c == '_')
            {
                // "What's" and "Whats" are the same section, and emphasis or code marks are no part of a name.
            }
            else
            {
                // Spaces, punctuation, emoji (surrogate pairs and symbols are not letters) and their joiners.
                pendingSpace = true;
            }
        }

        return new string(buffer, 0, used);
    }

    // "Current State (2026-09-28)": the parenthetical is a date or a note, not part of the section's name.
    private static int LengthWithoutTrailingParenthetical(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > 0 && (text[end - 1] == ')' || text[end - 1] == '\uFF09'))
        {
            var open = Math.Max(text.LastIndexOf('(', end - 1), text.LastIndexOf('\uFF08', end - 1));
            if (open > 0) return open;
        }

        return end;
    }

    /// <summary>Where the heading's words start: after decoration and numbering such as <c>1.</c>, <c>2)</c>, <c>1.2.</c>, <c>IV.</c>, <c>一、</c>, <c>Step 3:</c>.</summary>
    private static int SkipNumbering(string text)
    {
        var at = SkipDecoration(text, 0);
        var after = NumberingEnd(text, at);
        if (after < 0) return at;
        var rest = SkipDecoration(text, after);
        // Only numbering, nothing after it ("## 2026"): then the number is the name.
        return rest < text.Length ? rest : at;
    }

    private static int SkipDecoration(string text, int at)
    {
        while (at < text.Length && !char.IsLetterOrDigit(text[at])) at++;
        return at;
    }

    /// <summary>The end of a numbering mark at <paramref name="at"/>, or -1 when there is none.</summary>
    private static int NumberingEnd(string text, int at)
    {
        // "Step 3:", "Part 2 —"
        foreach (var word in new[] { "step ", "part " })
        {
            if (string.Compare(text, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var digits = at + word.Length;
            var end = digits;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            if (end > digits && end < text.Length && IsNumberingMark(text[end], allowSpace: false)) return end + 1;
        }

        // "1.", "2)", "1.2.", "0:"; a bare number followed by a space is a word ("3 featured"), not numbering.
        var i = at;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > at))) i++;
        if (i > at && i < text.Length && IsNumberingMark(text[i], allowSpace: false)) return i + 1;

        // "IV.", "XII)"
        i = at;
        while (i < text.Length && i - at < 6 && "IVXLC".IndexOf(text[i]) >= 0) i++;
        if (i > at && i + 1 < text.Length && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' ') return i + 1;

        // "一、", "十一、"
        i = at;
        while (i < text.Length && "一二三四五六七八九十百零".IndexOf(text[i]) >= 0) i++;
        if (i > at && i < text.Length && (text[i] == '\u3001' || text[i] == '.' || text[i] == '\uFF0E')) return i + 1;
        return -1;
    }

    private static bool IsNumberingMark(char c, bool allowSpace) =>
        c == '.' || c == ')' || c == ':' || c == '\u3001' || c == '\uFF0E' || c == '\uFF09' || c == '\uFF1A' || (allowSpace && c == ' ');

    /// <summary>Where a trailing qualifier starts (<c> — summary</c>, <c>(...)</c>, <c>/ ...</c>, <c>: ...</c>), or the text's end.</summary>
    private static int QualifierStart(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\u2014': // —
                case '\u2013': // –
                case ':':
                case '\uFF1A': // ：
                case '(':
                case '\uFF08': // （
                case '/':
                case '+':
                case '&':
                case ',':
                case '\uFF0C': // ，
                case '|':
                case '\u00B7': // ·
                case '[':
                    return i;
                case '-':
                    // " - " separates; "trade-offs" and "Follow-up" do not.
                    if (i > start && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' ') return i;
                    break;
            }
        }

        return text.Length;
    }

    private static string WithoutTrailingPhrase(string name)
    {
        foreach (var phrase in TrailingPhrases)
        {
            if (name.Length > phrase.Length && name.EndsWith(phrase, StringComparison.Ordinal)) return name.Substring(0, name.Length - phrase.Length);
        }

        return name;
    }

    // Chinese, Japanese and Korean headings often run words together, so a phrase may stand anywhere in them.
    private static bool IsUnspaced(char c) => c >= '\u2E80' && !(c >= '\uAC00' && c <= '\uD7AF');
}

/// <summary>The normalized forms of one heading that are matched against section names.</summary>
internal readonly struct HeadingForms
{
    public HeadingForms(string whole, string name)
    {
        Whole = whole;
        Name = name;
    }

    /// <summary>The heading without numbering and a trailing parenthetical: <c>decisions made this session</c>.</summary>
    public string Whole { get; }

    /// <summary>The heading's name before any qualifier, without a trailing "this session": <c>decisions made</c>.</summary>
    public string Name { get; }
}
