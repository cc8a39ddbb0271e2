using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Configuration;

/// <summary>
/// Everything that tunes a lint. Defaults follow the handoff pattern; <c>.editorconfig</c> (see
/// <see cref="EditorConfig.EditorConfigOptionsReader"/>) and the front ends override them.
/// </summary>
public sealed class HandoffLintOptions
{
    /// <summary>The note's path relative to the repository root when none is given.</summary>
    public const string DefaultHandoffPath = "docs/SESSION-HANDOFF.md";

    /// <summary>
    /// The default schema: the six sections of the pattern, in order, with the names people commonly give them
    /// (<c>rules/names.md</c>, built into HandoffLint).
    /// </summary>
    public static IReadOnlyList<SchemaSection> DefaultSections { get; } = new[]
    {
        Default(SectionKeys.LastUpdated, "Last Updated"),
        Default(SectionKeys.CurrentState, "Current State"),
        Default(SectionKeys.WhatWasDone, "What Was Done This Session"),
        Default(SectionKeys.WhatFailed, "What Failed"),
        Default(SectionKeys.WhatsNext, "What's Next"),
        Default(SectionKeys.KeyDecisions, "Key Decisions"),
    };

    /// <summary>The note's path, relative to the repository root or absolute.</summary>
    public string HandoffPath { get; set; } = DefaultHandoffPath;

    /// <summary>How many days old Last Updated may be before the note is stale.</summary>
    public int MaxAgeDays { get; set; } = 14;

    /// <summary>The required sections, in the order the schema wants them.</summary>
    public IReadOnlyList<SchemaSection> RequiredSections { get; set; } = DefaultSections;

    /// <summary>The priority tags allowed on What's Next items, highest priority first.</summary>
    public IReadOnlyList<string> PriorityTags { get; set; } = new[] { "P0", "P1", "P2" };

    /// <summary>The most characters the note may have; agents read it whole and hooks cut at 10,000.</summary>
    public int MaxCharacters { get; set; } = 10_000;

    /// <summary>How many commits may touch other files after the note's last commit before it is stale.</summary>
    public int MaxCommitsBehind { get; set; } = 5;

    /// <summary>
    /// Through how many committed versions of the note a What's Next P0 item may be carried unchanged before it is stuck
    /// (HL0036); 2 or more.
    /// </summary>
    public int StuckAfterVersions { get; set; } = 3;

    /// <summary>Globs of paths whose changes never require a note update (documentation, generated files).</summary>
    public IReadOnlyList<string> IgnoredPaths { get; set; } = Array.Empty<string>();

    /// <summary>Run the git rules (HL003x). On by default; they degrade to one suggestion outside a repository.</summary>
    public bool GitRulesEnabled { get; set; } = true;

    /// <summary>Compare the working tree with the note (HL0034); the agent hooks turn this on.</summary>
    public bool CheckWorkingTree { get; set; }

    /// <summary>The base ref of the pull-request gate (HL0035), or null for no gate.</summary>
    public string? BaseRef { get; set; }

    /// <summary>Per-rule severities, keyed by rule ID, overriding each rule's default (<c>dotnet_diagnostic.ID.severity</c>).</summary>
    public IDictionary<string, DiagnosticSeverity> Severities { get; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Rules configured per ID as <c>default</c>: they keep their default severity, and the bulk settings below do not
    /// reach them (as in Roslyn, where any per-rule entry shadows the bulk keys).
    /// </summary>
    public ISet<string> RulesAtDefaultSeverity { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Severities per rule category (<c>dotnet_analyzer_diagnostic.category-Freshness.severity</c>), keyed by category;
    /// null for <c>default</c>, which keeps the category's rules at their defaults and shadows <see cref="AllRulesSeverity"/>.
    /// </summary>
    public IDictionary<string, DiagnosticSeverity?> CategorySeverities { get; } = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The severity of every rule (<c>dotnet_analyzer_diagnostic.severity</c>), or null when unset or <c>default</c>.</summary>
    public DiagnosticSeverity? AllRulesSeverity { get; set; }

    /// <summary>
    /// The effective severity of a rule, by Roslyn's precedence: its own setting; else its category's; else the setting for
    /// all rules; else its default (none when it is off by default). The bulk settings reach only rules that are on by
    /// default, and never HL9999, HandoffLint's own failure, which stays visible whatever a bulk setting says.
    /// </summary>
    public DiagnosticSeverity GetSeverity(DiagnosticDescriptor descriptor)
    {
        if (Severities.TryGetValue(descriptor.Id, out var configured)) return configured;
        if (!descriptor.IsEnabledByDefault) return DiagnosticSeverity.None;
        if (RulesAtDefaultSeverity.Contains(descriptor.Id) || descriptor.Id == RuleIds.InternalError) return descriptor.DefaultSeverity;
        if (CategorySeverities.TryGetValue(descriptor.Category, out var category)) return category ?? descriptor.DefaultSeverity;
        return AllRulesSeverity ?? descriptor.DefaultSeverity;
    }

    /// <summary>The schema section with <paramref name="key"/>, or null when the schema does not require it.</summary>
    public SchemaSection? FindSection(string key) => RequiredSections.FirstOrDefault(s => s.Key == key);

    private static SchemaSection Default(string key, string name)
    {
        var rows = NamesTable.Aliases.Where(r => r.Section == name).ToArray();
        NamesTable.ExcludedWords.TryGetValue(name, out var excluded);
        return new SchemaSection(key, name, rows.Select(r => r.Alias), rows.Where(r => r.Inside).Select(r => r.Alias), excluded);
    }

    /// <summary>A deep copy that can be changed without touching this one.</summary>
    public HandoffLintOptions Clone()
    {
        var copy = new HandoffLintOptions
        {
            HandoffPath = HandoffPath,
            MaxAgeDays = MaxAgeDays,
            RequiredSections = RequiredSections.ToArray(),
            PriorityTags = PriorityTags.ToArray(),
            MaxCharacters = MaxCharacters,
            MaxCommitsBehind = MaxCommitsBehind,
            StuckAfterVersions = StuckAfterVersions,
            IgnoredPaths = IgnoredPaths.ToArray(),
            GitRulesEnabled = GitRulesEnabled,
            CheckWorkingTree = CheckWorkingTree,
            BaseRef = BaseRef,
            AllRulesSeverity = AllRulesSeverity,
        };
        foreach (var pair in Severities) copy.Severities[pair.Key] = pair.Value;
        foreach (var id in RulesAtDefaultSeverity) copy.RulesAtDefaultSeverity.Add(id);
        foreach (var pair in CategorySeverities) copy.CategorySeverities[pair.Key] = pair.Value;
        return copy;
    }
}
