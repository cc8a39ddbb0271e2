using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Output;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it whole: one run whose driver lists every rule HandoffLint has (ID, name,
/// short and full description, help as text and Markdown from the rule's page, help link, default level, category), and
/// one result per finding with its rule, level, message, a region (line 1 for a finding about the whole file, which code
/// scanning requires), a location relative to a declared root (see <see cref="ArtifactRoots"/>) and a fingerprint that
/// survives unrelated edits (see <see cref="FindingFingerprints"/>).
/// </summary>
internal sealed class SarifReportFormatter : IReportFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(IReadOnlyList<LintReport> reports, TextWriter output)
    {
        var rules = HandoffLinter.Descriptors;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;

        // Locations first: the roots they use are declared in the run, ahead of the results.
        var roots = new ArtifactRoots(Environment.CurrentDirectory);
        var fingerprints = new FindingFingerprints();
        var results = new List<SarifResult>();
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                var (baseId, relativePath) = roots.Locate(report.FullPathOf(diagnostic.Location), report.RepositoryRoot);
                var uri = EscapeUri(relativePath);
                results.Add(new SarifResult(diagnostic, baseId, uri, fingerprints.For(report, diagnostic, baseId + uri)));
            }
        }

        JsonOutput.Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules);
            writer.WritePropertyName("originalUriBaseIds");
            writer.WriteStartObject();
            foreach (var (baseId, folder) in roots.Used)
            {
                writer.WritePropertyName(baseId);
                writer.WriteStartObject();
                writer.WriteString("uri", ArtifactRoots.FolderUri(folder));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var result in results) WriteResult(writer, result, ruleIndex);
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
            var page = RulePage.For(rule.Id);
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", IdentifierOf(rule.Title));
            WriteMessage(writer, "shortDescription", rule.Title);
            WriteMessage(writer, "fullDescription", page is { FullDescription.Length: > 0 } ? page.FullDescription : rule.Title);
            writer.WritePropertyName("help");
            writer.WriteStartObject();
            writer.WriteString("text", (page is { PlainHelp.Length: > 0 } ? page.PlainHelp + "\n\n" : string.Empty) + "Documentation: " + rule.HelpLinkUri);
            writer.WriteString("markdown", page?.Markdown ?? $"[{rule.Id}]({rule.HelpLinkUri})");
            writer.WriteEndObject();
            writer.WriteString("helpUri", rule.HelpLinkUri);
            writer.WritePropertyName("defaultConfiguration");
            writer.WriteStartObject();
            writer.WriteString("level", LevelOf(rule.DefaultSeverity));
            if (!rule.IsEnabledByDefault) writer.WriteBoolean("enabled", false);
            writer.WriteEndObject();
            writer.WritePropertyName("properties");
            writer.WriteStartObject();
            writer.WriteString("category", rule.Category);
            writer.WriteStartArray("tags");
            writer.WriteStringValue("handoff");
            writer.WriteStringValue(rule.Category.ToLowerInvariant());
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, SarifResult result, Dictionary<string, int> ruleIndex)
    {
        var diagnostic = result.Diagnostic;
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
        writer.WriteString("uri", result.Uri);
        writer.WriteString("uriBaseId", result.BaseId);
        writer.WriteEndObject();
        writer.WritePropertyName("region");
        writer.WriteStartObject();
        var location = diagnostic.Location;
        if (location.IsWholeFile)
        {
            // Code scanning needs a line to show an alert on; the whole file is shown from its first.
            writer.WriteNumber("startLine", 1);
        }
        else
        {
            writer.WriteNumber("startLine", location.Line);
            writer.WriteNumber("startColumn", location.Column);
            writer.WriteNumber("endLine", location.EndLine);
            writer.WriteNumber("endColumn", location.EndColumn);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WritePropertyName("partialFingerprints");
        writer.WriteStartObject();
        writer.WriteString(FindingFingerprints.Key, result.Fingerprint);
        writer.WriteEndObject();
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

    private sealed record SarifResult(Diagnostic Diagnostic, string BaseId, string Uri, string Fingerprint);
}
