using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Diagnostics;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>
/// Applies the <c>.editorconfig</c> properties HandoffLint reads to a set of options, the same way for the library,
/// the build task and the CLI. Unknown keys are ignored; an invalid value becomes an HL0022 diagnostic at its line.
/// </summary>
internal static class EditorConfigOptionsReader
{
    /// <summary>The prefix of HandoffLint's own keys.</summary>
    public const string KeyPrefix = "handofflint.";

    private static readonly Regex SeverityKey = new(@"^dotnet_diagnostic\.(?<id>[a-z]{2}\d{4})\.severity$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Roslyn's bulk keys: every analyzer rule, or the rules of one category. They are shared with the C# analyzers of
    // the same .editorconfig, so a category HandoffLint does not have (Performance, Style) is theirs and is left alone.
    private static readonly Regex BulkSeverityKey = new(@"^dotnet_analyzer_diagnostic\.(?:category-(?<category>[^.]+)\.)?severity$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>What a severity key accepts, as HL0022 says it.</summary>
    private const string SeverityValues = "error, warning, suggestion, none or default";
    private static readonly Regex TagPattern = new(@"^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant);

    /// <summary>Reads the files that apply to <paramref name="handoffFullPath"/> and applies them to <paramref name="options"/>.</summary>
    /// <returns>The files read (nearest first) and the diagnostics for invalid values.</returns>
    public static (IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics) Apply(string handoffFullPath, HandoffLintOptions options)
    {
        var resolution = EditorConfigFile.Resolve(handoffFullPath);
        var diagnostics = new List<Diagnostic>(Apply(resolution.Properties.Values, options));
        var severity = options.GetSeverity(LinterDescriptors.InvalidConfiguration);
        if (severity != DiagnosticSeverity.None)
        {
            // A section whose glob cannot be compiled matches nothing; say so when it holds settings HandoffLint would read.
            foreach (var section in resolution.InvalidSections.Where(s => s.Properties.Any(p => IsHandoffLintKey(p.Key))))
            {
                diagnostics.Add(Invalid(severity, new SourceLocation(section.FilePath, section.Line, 1, section.Line, 1), "section name", section.Problem!, section.Glob));
            }
        }

        var unreadableSeverity = options.GetSeverity(LinterDescriptors.FileUnreadable);
        if (unreadableSeverity != DiagnosticSeverity.None)
        {
            foreach (var (path, problem) in resolution.UnreadableFiles)
            {
                var descriptor = LinterDescriptors.FileUnreadable;
                var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, System.IO.Path.GetFileName(path), problem, "its settings are not in force");
                diagnostics.Add(new Diagnostic(descriptor, unreadableSeverity, SourceLocation.WholeFile(path), message));
            }
        }

        return (resolution.Files, diagnostics);
    }

    /// <summary>Whether HandoffLint reads <paramref name="key"/>: its own keys and the severities of HL rules.</summary>
    public static bool IsHandoffLintKey(string key) =>
        key.StartsWith(KeyPrefix, StringComparison.Ordinal) ||
        (SeverityKey.Match(key) is { Success: true } match && match.Groups["id"].Value.StartsWith("hl", StringComparison.OrdinalIgnoreCase)) ||
        (BulkSeverityKey.Match(key) is { Success: true } bulk && (!bulk.Groups["category"].Success || IsRuleCategory(bulk.Groups["category"].Value)));

    private static bool IsRuleCategory(string category) => RuleCategories.All.Contains(category, StringComparer.OrdinalIgnoreCase);

    private static Diagnostic Invalid(DiagnosticSeverity severity, SourceLocation location, string key, string expected, string actual)
    {
        var descriptor = LinterDescriptors.InvalidConfiguration;
        return new Diagnostic(descriptor, severity, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, key, expected, actual));
    }

    /// <summary>Applies already-resolved properties to <paramref name="options"/>.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IEnumerable<EditorConfigProperty> properties, HandoffLintOptions options)
    {
        var invalid = new List<(EditorConfigProperty Property, string Expected)>();
        // Aliases are applied after required_sections, whatever order the file lists them in.
        var ordered = properties.OrderBy(p => p.Key.StartsWith(KeyPrefix + "section_aliases.", StringComparison.Ordinal) ? 1 : 0).ToList();
        foreach (var property in ordered)
        {
            var expected = ApplyOne(property, options);
            if (expected is not null) invalid.Add((property, expected));
        }

        var descriptor = LinterDescriptors.InvalidConfiguration;
        var severity = options.GetSeverity(descriptor);
        if (severity == DiagnosticSeverity.None) return Array.Empty<Diagnostic>();
        return invalid.Select(i => Invalid(severity, new SourceLocation(i.Property.FilePath, i.Property.Line, 1, i.Property.Line, 1), i.Property.Key, i.Expected, i.Property.Value))
            .ToArray();
    }

    /// <summary>Applies one property; returns what was expected when the value is invalid, else null.</summary>
    private static string? ApplyOne(EditorConfigProperty property, HandoffLintOptions options)
    {
        var severityKey = SeverityKey.Match(property.Key);
        if (severityKey.Success)
        {
            var id = severityKey.Groups["id"].Value.ToUpperInvariant();
            if (!id.StartsWith("HL", StringComparison.Ordinal)) return null;
            if (IsDefault(property.Value))
            {
                options.Severities.Remove(id);
                options.RulesAtDefaultSeverity.Add(id);
                return null;
            }

            if (!DiagnosticSeverityText.TryParse(property.Value, out var severity)) return SeverityValues;
            options.Severities[id] = severity;
            options.RulesAtDefaultSeverity.Remove(id);
            return null;
        }

        var bulkKey = BulkSeverityKey.Match(property.Key);
        if (bulkKey.Success)
        {
            var category = bulkKey.Groups["category"];
            if (category.Success && !IsRuleCategory(category.Value)) return null;
            DiagnosticSeverity? bulkSeverity = null;
            if (!IsDefault(property.Value))
            {
                if (!DiagnosticSeverityText.TryParse(property.Value, out var parsed)) return SeverityValues;
                bulkSeverity = parsed;
            }

            if (category.Success) options.CategorySeverities[RuleCategories.All.First(c => string.Equals(c, category.Value, StringComparison.OrdinalIgnoreCase))] = bulkSeverity;
            else options.AllRulesSeverity = bulkSeverity;
            return null;
        }

        if (!property.Key.StartsWith(KeyPrefix, StringComparison.Ordinal)) return null;
        var name = property.Key.Substring(KeyPrefix.Length);
        switch (name)
        {
            case "max_age_days":
                return TryReadInt(property.Value, 0, out var days) ? Set(() => options.MaxAgeDays = days) : "a whole number of days, 0 or more";
            case "max_characters":
                return TryReadInt(property.Value, 1, out var characters) ? Set(() => options.MaxCharacters = characters) : "a whole number of characters, 1 or more";
            case "max_commits_behind":
                return TryReadInt(property.Value, 0, out var commits) ? Set(() => options.MaxCommitsBehind = commits) : "a whole number of commits, 0 or more";
            case "stuck_after_versions":
                return TryReadInt(property.Value, 2, out var versions) ? Set(() => options.StuckAfterVersions = versions) : "a whole number of committed versions, 2 or more";
            case "git_rules":
                return TryReadBool(property.Value, out var git) ? Set(() => options.GitRulesEnabled = git) : "true or false";
            case "priority_tags":
                {
                    var tags = SplitList(property.Value).Select(t => t.Trim('[', ']', ' ')).ToArray();
                    if (tags.Length == 0 || tags.Any(t => !TagPattern.IsMatch(t)) || tags.Distinct(StringComparer.Ordinal).Count() != tags.Length)
                    {
                        return "a comma-separated list of distinct tags such as P0,P1,P2";
                    }

                    options.PriorityTags = tags;
                    return null;
                }

            case "required_sections":
                {
                    var names = SplitList(property.Value);
                    if (names.Length == 0) return "a comma-separated list of section names";
                    var sections = names.Select(n =>
                            HandoffLintOptions.DefaultSections.FirstOrDefault(s => s.Matches(n) || s.Key == n)
                            ?? new SchemaSection(SectionNames.ToKey(n), n))
                        .ToArray();
                    // "What's Next, Whats Next" names one section twice: requiring it twice would report it missing twice
                    // and make fix insert it twice (a duplicate section). One clear finding instead.
                    var repeated = sections.GroupBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                    if (repeated is not null)
                    {
                        var spellings = names.Where((n, i) => sections[i].Key == repeated.Key).Select(n => "'" + n + "'");
                        return $"a comma-separated list of distinct sections ({string.Join(" and ", spellings)} name the same section)";
                    }

                    options.RequiredSections = sections;
                    return null;
                }

            case "ignored_paths":
                options.IgnoredPaths = SplitList(property.Value);
                return null;
            default:
                if (name.StartsWith("section_aliases.", StringComparison.Ordinal))
                {
                    var key = name.Substring("section_aliases.".Length);
                    var sections = options.RequiredSections.ToList();
                    var index = sections.FindIndex(s => s.Key == key);
                    if (index < 0) return "a key of a required section, such as whats_next";
                    var aliases = SplitList(property.Value);
                    var taken = aliases.FirstOrDefault(a => sections.Where((s, i) => i != index).Any(s => s.Matches(a)));
                    if (taken is not null) return $"headings that name no other required section ('{taken}' names '{sections.First(s => s.Matches(taken)).Name}')";
                    sections[index] = sections[index].WithAdditionalAliases(aliases);
                    options.RequiredSections = sections;
                }

                return null;
        }
    }

    /// <summary>Roslyn's <c>default</c>: the rule's own default severity.</summary>
    private static bool IsDefault(string value) => string.Equals(value.Trim(), "default", StringComparison.OrdinalIgnoreCase);

    private static string? Set(Action apply)
    {
        apply();
        return null;
    }

    private static bool TryReadInt(string text, int minimum, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum;

    private static bool TryReadBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true": value = true; return true;
            case "false": value = false; return true;
            default: value = false; return false;
        }
    }

    private static string[] SplitList(string text) =>
        text.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
}
