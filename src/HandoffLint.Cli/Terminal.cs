using System;
using System.IO;
using System.Text;
using HandoffLint.Text;

namespace HandoffLint.Cli;

/// <summary>
/// Standard output and error for the commands. Output is buffered and flushed once at the end, because a summary of a
/// thousand projects written line by line to an unbuffered console costs more than linting them.
/// </summary>
internal static class Terminal
{
    private static readonly Lazy<TextWriter> LazyOut = new(() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024) { AutoFlush = false });

    /// <summary>Buffered standard output; <see cref="Flush"/> writes it out.</summary>
    public static TextWriter Out => LazyOut.Value;

    /// <summary>Standard error, unbuffered so that messages appear even when the process is killed.</summary>
    public static TextWriter Error => Console.Error;

    /// <summary>
    /// Colour only when standard output is a terminal, <c>NO_COLOR</c> is unset or empty (https://no-color.org) and the
    /// terminal is not <c>dumb</c>: CI logs, pipes and files get plain text.
    /// </summary>
    public static bool UseColor =>
        !Console.IsOutputRedirected &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) &&
        !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Writes out whatever is buffered.</summary>
    public static void Flush()
    {
        if (LazyOut.IsValueCreated) LazyOut.Value.Flush();
    }

    /// <summary>Prints one line to standard error, prefixed with the tool's name; what it quotes is escaped (<see cref="TerminalText"/>).</summary>
    public static void Warn(string message) => Error.WriteLine("handofflint: " + TerminalText.Escape(message));
}
