using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>SARIF helpers: the official schema, and golden-file normalisation that keeps a golden file valid SARIF.</summary>
internal static class Sarif
{
    private static readonly Lazy<JsonSchema> LazySchema = new(LoadSchema);

    /// <summary>The vendored OASIS schema file (see <c>Schemas/README.md</c>).</summary>
    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json");

    /// <summary>The schema's errors for <paramref name="sarif"/>, one line each (instance location: message); empty when valid.</summary>
    public static IReadOnlyList<string> SchemaErrors(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = LazySchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid) return Array.Empty<string>();
        return (results.Details ?? new List<EvaluationResults>())
            .Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value} ({r.EvaluationPath})"))
            .DefaultIfEmpty("invalid, with no details")
            .ToArray();
    }

    /// <summary>
    /// Output made comparable with a golden file, and still valid SARIF: the temporary folder (also inside <c>file:</c>
    /// URIs) and the version replaced; the rule catalogue cut to the rules the results name (it grows with every rule and
    /// its help follows every page edit; both are checked by their own tests), with <c>ruleIndex</c> renumbered to match.
    /// </summary>
    public static string Normalize(string sarif, TempFolder folder)
    {
        var root = JsonNode.Parse(sarif)!;
        foreach (var run in root["runs"]!.AsArray())
        {
            var driver = run!["tool"]!["driver"]!;
            var rules = driver["rules"]!.AsArray().Select(r => r!).ToList();
            var results = run["results"]!.AsArray().Select(r => r!).ToList();
            var used = results.Select(r => r["ruleId"]!.GetValue<string>()).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            var kept = new JsonArray();
            foreach (var id in used)
            {
                var rule = rules.Single(r => r["id"]!.GetValue<string>() == id).DeepClone();
                rule["fullDescription"]!["text"] = $"(the first paragraph of 'Why it matters' in rules/{id}.md)";
                rule["help"]!["text"] = $"(rules/{id}.md as plain text)";
                rule["help"]!["markdown"] = $"(rules/{id}.md)";
                kept.Add(rule);
            }

            driver["rules"] = kept;
            foreach (var result in results) result["ruleIndex"] = used.IndexOf(result["ruleId"]!.GetValue<string>());
        }

        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        // A placeholder that keeps file: URIs valid, so that the golden file still passes the schema's format checks.
        return Golden.Normalize(text.Replace(new Uri(folder.Path + "/").AbsoluteUri, "file:///TEMP/"), folder);
    }

    private static JsonSchema LoadSchema()
    {
        // Draft-04, which JsonSchema.Net does not implement; read as draft-07 (Schemas/README.md says why that is sound).
        // The root id only names the schema (every reference in it is local), so it is left out rather than registered.
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
