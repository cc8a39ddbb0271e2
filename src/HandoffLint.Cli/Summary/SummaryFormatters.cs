using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Cli.Output;
using HandoffLint.Text;

namespace HandoffLint.Cli.Summary;

/// <summary>The summary's output formats: an aligned table, a Markdown table, JSON.</summary>
internal static class SummaryFormatters
{
    public const string Table = "table";
    public const string Markdown = "markdown";
    public const string Json = "json";

    public static readonly string[] All = { Table, Markdown, Json };

    private const int TableP0Width = 60;
    private const string GitNote = "Findings exclude the git rules (run 'handofflint lint' in a project for those).";

    private static readonly string[] Headers = { "Project", "Last Updated", "Session", "Age (days)", "Errors", "Warnings", "First P0" };
    private static readonly bool[] RightAligned = { false, false, true, true, true, true, false };

    public static void Write(string format, IReadOnlyList<ProjectSummary> rows, DateTime today, IReadOnlyList<(string Path, string Reason)> skipped, TextWriter output)
    {
        switch (format)
        {
            case Markdown:
                WriteMarkdown(rows, output);
                break;
            case Json:
                WriteJson(rows, today, skipped, output);
                break;
            default:
                WriteTable(rows, output);
                break;
        }
    }

    // Folder names and the first P0 item come from the repositories: escaped, so that they cannot break lines or the terminal.
    private static string[] Cells(ProjectSummary row, bool forTable) => new[]
    {
        TerminalText.Escape(row.Project),
        TerminalText.Escape(row.LastUpdated ?? "-"),
        row.Session?.ToString(CultureInfo.InvariantCulture) ?? "-",
        row.AgeDays?.ToString(CultureInfo.InvariantCulture) ?? "-",
        row.Errors.ToString(CultureInfo.InvariantCulture),
        row.Warnings.ToString(CultureInfo.InvariantCulture),
        row.FirstP0 is null ? "-" : TerminalText.Escape(forTable ? Shorten(row.FirstP0, TableP0Width) : row.FirstP0),
    };

    private static void WriteTable(IReadOnlyList<ProjectSummary> rows, TextWriter output)
    {
        var cells = rows.Select(r => Cells(r, forTable: true)).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        output.WriteLine(Line(Headers, widths));
        foreach (var row in cells) output.WriteLine(Line(row, widths));
        output.WriteLine();
        output.WriteLine($"{rows.Count} project{(rows.Count == 1 ? string.Empty : "s")}, stalest first. {GitNote}");
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) line.Append("  ");
            var last = i == cells.Count - 1;
            line.Append(RightAligned[i] ? cells[i].PadLeft(widths[i]) : last ? cells[i] : cells[i].PadRight(widths[i]));
        }

        return line.ToString();
    }

    private static void WriteMarkdown(IReadOnlyList<ProjectSummary> rows, TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", Headers) + " |");
        output.WriteLine("| " + string.Join(" | ", RightAligned.Select(r => r ? "---:" : "---")) + " |");
        foreach (var row in rows) output.WriteLine("| " + string.Join(" | ", Cells(row, forTable: false).Select(EscapeCell)) + " |");
        output.WriteLine();
        output.WriteLine(GitNote);
    }

    private static void WriteJson(IReadOnlyList<ProjectSummary> rows, DateTime today, IReadOnlyList<(string Path, string Reason)> skipped, TextWriter output) =>
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteBoolean("gitRules", false);
            writer.WriteStartArray("projects");
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("project", row.Project);
                writer.WriteString("note", row.NotePath);
                WriteNullable(writer, "lastUpdated", row.LastUpdated);
                WriteNullable(writer, "session", row.Session);
                WriteNullable(writer, "ageDays", row.AgeDays);
                writer.WriteNumber("errors", row.Errors);
                writer.WriteNumber("warnings", row.Warnings);
                WriteNullable(writer, "firstP0", row.FirstP0);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("skipped");
            foreach (var (path, reason) in skipped)
            {
                writer.WriteStartObject();
                writer.WriteString("path", path);
                writer.WriteString("reason", reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    private static string Shorten(string text, int width) => text.Length <= width ? text : text.Substring(0, width - 3).TrimEnd() + "...";

    private static string EscapeCell(string text) => text.Replace("|", "\\|");
}
