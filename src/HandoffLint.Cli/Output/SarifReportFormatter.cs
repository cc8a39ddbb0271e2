using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run whose driver lists every rule HandoffLint has (ID, name, description,
/// help link, default level), and one result per finding with its rule, level, message and region. A finding about the
/// whole file (a missing note) has a location without a region.
/// </summary>
internal sealed class SarifReportFormatter : IReportFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(IReadOnlyList<LintReport> reports, TextWriter output)
    {
        var rules = HandoffLinter.Descriptors;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;

        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules);
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var diagnostic in report.Diagnostics) WriteResult(writer, report, diagnostic, ruleIndex);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        writer.WritePropertyName("tool");
        writer.WriteStartObject();
        writer.WritePropertyName("driver");
        writer.WriteStartObject();
        writer.WriteString("name", "HandoffLint");
        writer.WriteString("version", ToolVersion.Text);
        writer.WriteString("semanticVersion", ToolVersion.Text);
        writer.WriteString("informationUri", ToolVersion.InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", IdentifierOf(rule.Title));
            WriteMessage(writer, "shortDescription", rule.Title);
            writer.WriteString("helpUri", rule.HelpLinkUri);
            writer.WritePropertyName("defaultConfiguration");
            writer.WriteStartObject();
            writer.WriteString("level", LevelOf(rule.DefaultSeverity));
            if (!rule.IsEnabledByDefault) writer.WriteBoolean("enabled", false);
            writer.WriteEndObject();
            writer.WritePropertyName("properties");
            writer.WriteStartObject();
            writer.WriteString("category", rule.Category);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, LintReport report, Diagnostic diagnostic, Dictionary<string, int> ruleIndex)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        if (ruleIndex.TryGetValue(diagnostic.Id, out var index)) writer.WriteNumber("ruleIndex", index);
        writer.WriteString("level", LevelOf(diagnostic.Severity));
        WriteMessage(writer, "message", diagnostic.Message);
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WritePropertyName("physicalLocation");
        writer.WriteStartObject();
        writer.WritePropertyName("artifactLocation");
        writer.WriteStartObject();
        writer.WriteString("uri", EscapeUri(report.RepositoryRelativePathOf(diagnostic.Location)));
        if (report.RepositoryRoot is not null) writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
        var location = diagnostic.Location;
        if (!location.IsWholeFile)
        {
            writer.WritePropertyName("region");
            writer.WriteStartObject();
            writer.WriteNumber("startLine", location.Line);
            writer.WriteNumber("startColumn", location.Column);
            writer.WriteNumber("endLine", location.EndLine);
            writer.WriteNumber("endColumn", location.EndColumn);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, string text)
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    /// <summary>SARIF's levels: Roslyn's suggestion is a note.</summary>
    private static string LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Suggestion => "note",
        _ => "none",
    };

    /// <summary>A rule's <c>name</c> is an identifier: the title in PascalCase ("Handoff note is missing" -> "HandoffNoteIsMissing").</summary>
    private static string IdentifierOf(string title)
    {
        var name = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                // An apostrophe joins the word ("What's" -> "Whats"); any other separator starts a new one.
                upper |= c != '\'' && c != '\u2019';
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.ToString();
    }

    /// <summary>The path as a relative URI reference: segments percent-encoded, slashes kept.</summary>
    private static string EscapeUri(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || Path.IsPathRooted(path)
            ? new Uri(path).AbsoluteUri
            : string.Join("/", path.Split('/').Select(Uri.EscapeDataString));
}
