namespace HandoffLint.Configuration;

/// <summary>
/// Heading normalization, forgiving the way people write: case, straight or curly apostrophes, a trailing colon,
/// emoji and decoration, and a trailing date in parentheses all fall away.
/// </summary>
public static class SectionNames
{
    /// <summary>Normalizes a heading's text for matching: <c>"🚧 What’s Next:"</c> becomes <c>"whats next"</c>.</summary>
    public static string Normalize(string headingText)
    {
        var text = headingText ?? string.Empty;
        var length = LengthWithoutTrailingParenthetical(text);
        // One buffer and one string: every heading of every note passes through here on every lint.
        var buffer = new char[length];
        var used = 0;
        var pendingSpace = false;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) && c < 0x2000)
            {
                if (pendingSpace && used > 0) buffer[used++] = ' ';
                pendingSpace = false;
                buffer[used++] = char.ToLowerInvariant(c);
            }
            else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`')
            {
                // "What's" and "Whats" are the same section.
            }
            else
            {
                pendingSpace = true;
            }
        }

        return new string(buffer, 0, used);
    }

    /// <summary>Turns a heading into a snake_case key: <c>"Port Policy"</c> becomes <c>port_policy</c>.</summary>
    public static string ToKey(string headingText) => Normalize(headingText).Replace(' ', '_');

    // "Current State (2026-09-28)": the parenthetical is a date or a note, not part of the section's name.
    private static int LengthWithoutTrailingParenthetical(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > 0 && text[end - 1] == ')')
        {
            var open = text.LastIndexOf('(', end - 1);
            if (open > 0) return open;
        }

        return end;
    }
}
