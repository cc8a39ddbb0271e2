using System.Text;

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
        text = StripTrailingParenthetical(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && c < 0x2000)
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
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

        return builder.ToString();
    }

    /// <summary>Turns a heading into a snake_case key: <c>"Port Policy"</c> becomes <c>port_policy</c>.</summary>
    public static string ToKey(string headingText) => Normalize(headingText).Replace(' ', '_');

    private static string StripTrailingParenthetical(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith(")", System.StringComparison.Ordinal))
        {
            var open = trimmed.LastIndexOf('(');
            if (open > 0) return trimmed.Substring(0, open);
        }

        return trimmed;
    }
}
