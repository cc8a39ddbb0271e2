using System;
using System.Globalization;
using System.Text;

namespace HandoffLint.Text;

/// <summary>
/// Makes text from a note, a path or git safe to print: every front end (text, MSBuild, hooks) prints diagnostics as one
/// line per finding, which editors, CI logs and problem matchers parse, and shows them in terminals. A line break in a
/// message breaks the line; ESC starts a terminal control sequence; a bidi control (U+202E) reorders what a CI log shows.
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters of note text one message quotes.</summary>
    public const int MaxExcerpt = 160;

    /// <summary>The most characters one message carries, as a last bound on what one finding prints.</summary>
    public const int MaxMessage = 1000;

    /// <summary>
    /// <paramref name="text"/> with control characters (C0, DEL, C1), line and paragraph separators, bidi controls and lone
    /// surrogates written as <c>\uXXXX</c>; the same string when there is none.
    /// </summary>
    public static string Escape(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var first = FirstUnsafe(text);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="max"/> characters (never inside a surrogate pair), ending in
    /// "..." when it was cut.
    /// </summary>
    public static string Excerpt(string text, int max = MaxExcerpt)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (text.Length <= max) return text;
        var cut = Math.Max(0, max - 3);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        return text.Substring(0, cut) + "...";
    }

    /// <summary>Whether <paramref name="text"/> prints as it is: nothing <see cref="Escape"/> would change.</summary>
    public static bool IsSafe(string text) => FirstUnsafe(text) < 0;

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\u007F') continue; // The common case, ASCII text, costs one comparison pair per character.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsUnsafe(c)) return i;
        }

        return -1;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') // C0, DEL, C1 (NEL among them).
        || c == '\u061C' || c == '\u200E' || c == '\u200F' // Arabic letter mark, left-to-right and right-to-left marks.
        || (c >= '\u202A' && c <= '\u202E') // Embeddings and overrides.
        || (c >= '\u2066' && c <= '\u2069') // Isolates.
        || c == '\u2028' || c == '\u2029' // Line and paragraph separators.
        || char.IsSurrogate(c); // A surrogate here is alone: it cannot be encoded, and would print as U+FFFD.
}
