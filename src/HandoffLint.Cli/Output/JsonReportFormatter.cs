using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Output;

/// <summary>
/// A JSON document for scripts: one entry per note with its counts and findings, then totals. Positions are 1-based and
/// absent for findings about the whole file (a missing note).
/// </summary>
internal sealed class JsonReportFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<LintReport> reports, TextWriter output) => JsonOutput.Write(output, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("tool", "handofflint");
        writer.WriteString("version", ToolVersion.Text);
        writer.WriteStartArray("files");
        foreach (var report in reports)
        {
            writer.WriteStartObject();
            writer.WriteString("path", report.DisplayPath);
            WriteCounts(writer, report.Diagnostics);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics) WriteDiagnostic(writer, report, diagnostic);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("summary");
        writer.WriteStartObject();
        writer.WriteNumber("files", reports.Count);
        WriteCounts(writer, reports.SelectMany(r => r.Diagnostics).ToArray());
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static void WriteCounts(Utf8JsonWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        writer.WriteNumber("errors", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        writer.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        writer.WriteNumber("suggestions", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Suggestion));
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, LintReport report, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", diagnostic.Severity.ToText());
        writer.WriteString("title", diagnostic.Descriptor.Title);
        writer.WriteString("category", diagnostic.Descriptor.Category);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("path", report.DisplayPathOf(diagnostic.Location));
        JsonOutput.WritePosition(writer, diagnostic.Location);
        writer.WriteString("helpUri", diagnostic.HelpLinkUri);
        writer.WriteEndObject();
    }
}
