using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HandoffLint.Cli.Output;

/// <summary>
/// Writes JSON with <see cref="Utf8JsonWriter"/> (no reflection-based serialization, so the Native AOT build stays clean),
/// indented, with non-ASCII text and apostrophes left readable.
/// </summary>
internal static class JsonOutput
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The output is a file or a terminal, never embedded in HTML: "What's Next" reads better than "What\u0027s Next".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        output.WriteLine(ToText(write));
    }

    public static string ToText(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a whole-file-aware location: positions only when the finding points at a place in the file.</summary>
    public static void WritePosition(Utf8JsonWriter writer, HandoffLint.Diagnostics.SourceLocation location)
    {
        if (location.IsWholeFile) return;
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
        writer.WriteNumber("endLine", location.EndLine);
        writer.WriteNumber("endColumn", location.EndColumn);
    }
}
