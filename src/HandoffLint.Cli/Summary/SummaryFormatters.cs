using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HandoffLint.Cli.Output;
using HandoffLint.Git;
using HandoffLint.Text;

namespace HandoffLint.Cli.Summary;

/// <summary>What one summary run found, for its formatters.</summary>
internal sealed record SummaryReport(
    IReadOnlyList<ProjectSummary> Rows,
    int ProjectsFound,
    DateTime Today,
    string Sort,
    IReadOnlyList<string> Filters,
    IReadOnlyList<(string Path, string Reason)> Skipped);

/// <summary>
/// The summary's output formats: an aligned table for a terminal, Markdown for a lead's chat, JSON for agents (the stable
/// schema in <c>docs/summary-json.md</c>, versioned by <see cref="SchemaVersion"/>), and a context for a coordinating
/// agent's SessionStart hook, cut under the hook limit with the most urgent projects first.
/// </summary>
internal static class SummaryFormatters
{
    public const string Table = "table";
    public const string Markdown = "markdown";
    public const string Json = "json";
    public const string Context = "context";

    public static readonly string[] All = { Table, Markdown, Json, Context };

    /// <summary>The JSON schema's version: it goes up only when a field changes meaning or goes away; new fields keep it.</summary>
    public const int SchemaVersion = 1;

    private const int TableP0Width = 60;
    private const string GitNote = "Findings exclude the git rules; stuck P0 items and sessions come from the note's git history.";

    private static readonly string[] Headers = { "Project", "Last Updated", "Session", "Age (days)", "Sessions (14 d)", "Errors", "Warnings", "Stuck P0", "First P0" };
    private static readonly bool[] RightAligned = { false, false, true, true, true, true, true, true, false };

    public static void Write(string format, SummaryReport report, TextWriter output, int contextBudget)
    {
        switch (format)
        {
            case Markdown:
                WriteMarkdown(report, output);
                break;
            case Json:
                WriteJson(report, output);
                break;
            case Context:
                output.Write(ComposeContext(report, contextBudget));
                break;
            default:
                WriteTable(report, output);
                break;
        }
    }

    /// <summary>
    /// The summary as a coordinating agent's session-start context: plain sentences, the most urgent projects first, one
    /// line each, whole lines only and at most <paramref name="budget"/> characters, saying what was left out.
    /// </summary>
    public static string ComposeContext(SummaryReport report, int budget)
    {
        var rows = report.Rows;
        var head = new StringBuilder()
            .Append("HandoffLint: ").Append(Plural(rows.Count, "project")).Append(" with a handoff note")
            .Append(report.Filters.Count == 0 ? string.Empty : " (only " + string.Join(" and ", report.Filters) + ")")
            .Append(", as of ").Append(Iso(report.Today)).Append(", ").Append(SummaryOrder.Describe(report.Sort)).Append(".\n")
            .Append(CountsLine(rows, report.Today)).Append('\n')
            .ToString();
        var text = new StringBuilder(head);
        for (var i = 0; i < rows.Count; i++)
        {
            var line = (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + ContextLine(rows[i], report.Today) + "\n";
            var left = rows.Skip(i).ToArray();
            var notice = $"[HandoffLint left out {Plural(left.Length, "project")} to stay under the 10,000-character hook limit: {CountsLine(left, report.Today)} 'handofflint summary' lists them all.]\n";
            if (text.Length + line.Length + (i == rows.Count - 1 ? 0 : notice.Length) > budget)
            {
                text.Append(notice);
                break;
            }

            text.Append(line);
        }

        return text.Length <= budget ? text.ToString() : text.ToString(0, Math.Max(0, budget - 1)) + "\n";
    }

    private static string ContextLine(ProjectSummary row, DateTime today)
    {
        var parts = new List<string>();
        if (row.Errors > 0) parts.Add(Plural(row.Errors, "error"));
        if (row.OldestStuck is { } stuck)
        {
            parts.Add($"{Plural(row.Stuck.Length, "stuck P0 item")}, the oldest '{Shorten(stuck.Item.Text, 100)}' for {Plural(stuck.DaysStuck(today), "day")} ({Plural(stuck.Versions, "version")} of the note since {stuck.Since.ShortHash})");
        }

        parts.Add(row.AgeDays is { } age ? $"Last Updated {row.LastUpdated} ({Plural(age, "day")} ago{(row.Stale ? ", stale" : string.Empty)})" : "no readable Last Updated date");
        if (row.RecentSessions is { } sessions) parts.Add(Plural(sessions, "session") + " in 14 days");
        if (row.Warnings > 0) parts.Add(Plural(row.Warnings, "warning"));
        var first = row.FirstP0 is null ? "No P0 item" : "First P0: " + Shorten(row.FirstP0, 140);
        return $"{row.Project}: {string.Join("; ", parts)}. {first}.";
    }

    private static string CountsLine(IReadOnlyCollection<ProjectSummary> rows, DateTime today) =>
        $"{Plural(rows.Count(r => r.Errors > 0), "project")} with errors, {rows.Count(r => r.Stuck.Length > 0)} with stuck P0 work, {rows.Count(r => r.Stale)} stale.";

    // Folder names and the first P0 item come from the repositories: escaped, so that they cannot break lines or the terminal.
    private static string[] Cells(ProjectSummary row, DateTime today, bool forTable) => new[]
    {
        TerminalText.Escape(row.Project),
        TerminalText.Escape(row.LastUpdated ?? "-"),
        row.Session?.ToString(CultureInfo.InvariantCulture) ?? "-",
        row.AgeDays?.ToString(CultureInfo.InvariantCulture) ?? "-",
        row.RecentSessions?.ToString(CultureInfo.InvariantCulture) ?? "-",
        row.Errors.ToString(CultureInfo.InvariantCulture),
        row.Warnings.ToString(CultureInfo.InvariantCulture),
        row.HistoryUnavailable is not null ? "-" : row.OldestStuck is { } oldest ? $"{row.Stuck.Length} ({oldest.DaysStuck(today)} d)" : "0",
        row.FirstP0 is null ? "-" : TerminalText.Escape(forTable ? Shorten(row.FirstP0, TableP0Width) : row.FirstP0),
    };

    private static void WriteTable(SummaryReport report, TextWriter output)
    {
        var cells = report.Rows.Select(r => Cells(r, report.Today, forTable: true)).ToList();
        var widths = Headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        output.WriteLine(Line(Headers, widths));
        foreach (var row in cells) output.WriteLine(Line(row, widths));
        WriteStuckList(report, output, markdown: false);
        output.WriteLine();
        output.WriteLine($"{Shown(report)}, {SummaryOrder.Describe(report.Sort)}. {GitNote}");
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

    private static void WriteMarkdown(SummaryReport report, TextWriter output)
    {
        output.WriteLine("| " + string.Join(" | ", Headers) + " |");
        output.WriteLine("| " + string.Join(" | ", RightAligned.Select(r => r ? "---:" : "---")) + " |");
        foreach (var row in report.Rows) output.WriteLine("| " + string.Join(" | ", Cells(row, report.Today, forTable: false).Select(EscapeCell)) + " |");
        WriteStuckList(report, output, markdown: true);
        output.WriteLine();
        output.WriteLine($"{Shown(report)}, {SummaryOrder.Describe(report.Sort)}. {GitNote}");
    }

    // The oldest stuck P0 of each project that has one, under the table.
    private static void WriteStuckList(SummaryReport report, TextWriter output, bool markdown)
    {
        var stuck = report.Rows.Where(r => r.OldestStuck is not null).ToArray();
        if (stuck.Length == 0) return;
        output.WriteLine();
        output.WriteLine(markdown ? "**Oldest stuck P0 per project**" : "Oldest stuck P0 per project:");
        output.WriteLine();
        foreach (var row in stuck)
        {
            var item = row.OldestStuck!;
            var project = markdown ? "**" + row.Project + "**" : row.Project;
            var since = markdown ? "`" + item.Since.ShortHash + "`" : item.Since.ShortHash;
            output.WriteLine($"- {project}: [{item.Item.Tag}] {item.Item.Text} ({Plural(item.DaysStuck(report.Today), "day")}, {Plural(item.Versions, "version")} since {since} on {Iso(item.Since.AuthorDate.Date)})");
        }
    }

    private static string Shown(SummaryReport report) =>
        report.Filters.Count == 0
            ? Plural(report.Rows.Count, "project")
            : $"{report.Rows.Count} of {Plural(report.ProjectsFound, "project")} ({string.Join(", ", report.Filters)})";

    private static void WriteJson(SummaryReport report, TextWriter output) =>
        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SchemaVersion);
            writer.WriteString("today", Iso(report.Today));
            writer.WriteString("sort", report.Sort);
            writer.WriteStartArray("filters");
            foreach (var filter in report.Filters) writer.WriteStringValue(filter);
            writer.WriteEndArray();
            writer.WriteNumber("projectsFound", report.ProjectsFound);
            writer.WriteBoolean("gitRules", false);
            writer.WriteNumber("recentDays", NoteHistory.RecentDays);
            writer.WriteStartArray("projects");
            foreach (var row in report.Rows) WriteProject(writer, row, report.Today);
            writer.WriteEndArray();
            writer.WriteStartArray("skipped");
            foreach (var (path, reason) in report.Skipped)
            {
                writer.WriteStartObject();
                writer.WriteString("path", path);
                writer.WriteString("reason", reason);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    private static void WriteProject(Utf8JsonWriter writer, ProjectSummary row, DateTime today)
    {
        writer.WriteStartObject();
        writer.WriteString("project", row.Project);
        writer.WriteString("note", row.NotePath);
        WriteNullable(writer, "lastUpdated", row.LastUpdated);
        WriteNullable(writer, "session", row.Session);
        WriteNullable(writer, "ageDays", row.AgeDays);
        writer.WriteBoolean("stale", row.Stale);
        WriteNullable(writer, "recentSessions", row.RecentSessions);
        writer.WriteNumber("errors", row.Errors);
        writer.WriteNumber("warnings", row.Warnings);
        WriteNullable(writer, "firstP0", row.FirstP0);
        writer.WriteStartArray("stuck");
        foreach (var stuck in row.Stuck) WriteStuck(writer, stuck, today);
        writer.WriteEndArray();
        WriteNullable(writer, "historyUnavailable", row.HistoryUnavailable);
        writer.WriteEndObject();
    }

    private static void WriteStuck(Utf8JsonWriter writer, StuckItem stuck, DateTime today)
    {
        writer.WriteStartObject();
        writer.WriteString("tag", stuck.Item.Tag);
        writer.WriteString("text", stuck.Item.Text);
        writer.WriteNumber("versions", stuck.Versions);
        writer.WriteString("sinceCommit", stuck.Since.Hash);
        writer.WriteString("sinceDate", Iso(stuck.Since.AuthorDate.Date));
        writer.WriteNumber("days", stuck.DaysStuck(today));
        writer.WriteBoolean("atLeast", stuck.SinceIsLowerBound);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteNumber(name, value.Value);
    }

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Shorten(string text, int width) => text.Length <= width ? text : text.Substring(0, width - 3).TrimEnd() + "...";

    private static string EscapeCell(string text) => text.Replace("|", "\\|");
}
