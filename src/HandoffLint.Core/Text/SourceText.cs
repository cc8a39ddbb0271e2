using System;
using System.Collections.Generic;
using System.Text;

namespace HandoffLint.Text;

/// <summary>
/// The note's text with everything needed to map character offsets back to 1-based lines and columns,
/// and to write the text back with the bytes it came with (BOM and line endings).
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly int[] _lineStarts;

    private SourceText(string text, bool hasByteOrderMark)
    {
        Text = text;
        HasByteOrderMark = hasByteOrderMark;
        (_lineStarts, NewLine) = Scan(text);
    }

    /// <summary>The text, without a byte order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the file started with a UTF-8 byte order mark.</summary>
    public bool HasByteOrderMark { get; }

    /// <summary>The dominant line ending: <c>\r\n</c>, <c>\n</c> or <c>\r</c> (<c>\n</c> when the text has none).</summary>
    public string NewLine { get; }

    /// <summary>How many lines the text has (a trailing line ending does not start a new line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Wraps text that is already decoded; a leading U+FEFF is treated as a byte order mark.</summary>
    public static SourceText From(string text) => From(text, leadingByteOrderMark: true);

    /// <summary>
    /// Wraps text that is already decoded. With <paramref name="leadingByteOrderMark"/> false, a leading U+FEFF is text
    /// like any other: the fixer re-reads what it wrote this way, because the byte order mark was taken off once already,
    /// and a second U+FEFF (notes that start with a run of them exist) must survive every fix.
    /// </summary>
    public static SourceText From(string text, bool leadingByteOrderMark)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var bom = leadingByteOrderMark && text.Length > 0 && text[0] == '\uFEFF';
        return new SourceText(bom ? text.Substring(1) : text, bom);
    }

    /// <summary>
    /// Decodes UTF-8 bytes. Fails, with a reason a person can act on, for binary content (NUL bytes) and invalid UTF-8.
    /// </summary>
    public static bool TryDecode(byte[] bytes, out SourceText? text, out string? failure)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            text = null;
            failure = "the file is UTF-16; save it as UTF-8";
            return false;
        }

        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0)
        {
            text = null;
            failure = $"the file holds a NUL byte at offset {nul}, so it is binary, not Markdown";
            return false;
        }

        try
        {
            text = new SourceText(StrictUtf8.GetString(bytes, start, bytes.Length - start), start == 3);
            failure = null;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = null;
            var offset = e.Index >= 0 ? $" at offset {start + e.Index}" : string.Empty;
            failure = $"the file is not valid UTF-8{offset}; save it as UTF-8";
            return false;
        }
    }

    /// <summary>The bytes to write for <paramref name="newText"/>, keeping this text's byte order mark.</summary>
    public byte[] Encode(string newText)
    {
        var body = StrictUtf8.GetBytes(newText);
        if (!HasByteOrderMark) return body;
        var result = new byte[body.Length + 3];
        result[0] = 0xEF;
        result[1] = 0xBB;
        result[2] = 0xBF;
        Buffer.BlockCopy(body, 0, result, 3, body.Length);
        return result;
    }

    /// <summary>The 0-based offset at which 0-based <paramref name="lineIndex"/> starts.</summary>
    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The 0-based offset just after the last character of a line, before its line ending.</summary>
    public int LineEnd(int lineIndex)
    {
        var end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        while (end > _lineStarts[lineIndex] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }

    /// <summary>The text of a 0-based line, without its line ending.</summary>
    public string GetLine(int lineIndex) => Text.Substring(_lineStarts[lineIndex], LineEnd(lineIndex) - _lineStarts[lineIndex]);

    /// <summary>Maps a 0-based offset to a 0-based line index.</summary>
    public int LineIndexOf(int offset)
    {
        if (offset <= 0) return 0;
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Maps a 0-based offset to a 1-based (line, column).</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var line = LineIndexOf(offset);
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    private static (int[] LineStarts, string NewLine) Scan(string text)
    {
        // IndexOfAny is vectorised: this pass costs a fraction of a Markdown parse even for large notes.
        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        int crlf = 0, lf = 0, cr = 0;
        var breaks = new[] { '\r', '\n' };
        for (var i = text.IndexOfAny(breaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(breaks, i + 1) : -1)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else
            {
                lf++;
            }

            if (i + 1 < text.Length) starts.Add(i + 1);
        }

        var newLine = crlf >= lf && crlf >= cr && crlf > 0 ? "\r\n" : cr > lf ? "\r" : "\n";
        return (starts.ToArray(), newLine);
    }
}
