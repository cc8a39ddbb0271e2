using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules;

/// <summary>Finds every rule in this assembly by reflection: a rule exists because its file does.</summary>
internal static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<HandoffRule>> LazyRules = new(Discover);

    /// <summary>Every rule, ordered by ID.</summary>
    public static IReadOnlyList<HandoffRule> Rules => LazyRules.Value;

    /// <summary>Every descriptor, ordered by ID, including those reported by the linter itself.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = Rules.Select(r => r.Descriptor)
        .Concat(new[] { LinterDescriptors.InvalidConfiguration, LinterDescriptors.FileUnreadable, LinterDescriptors.InternalError })
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The descriptor with <paramref name="id"/>, or null.</summary>
    public static DiagnosticDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Front ends that trim root this assembly (TrimmerRootAssembly), so every rule type is kept.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "As above: rule types and their public constructors are rooted.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "As above: rule types and their public constructors are rooted.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above: rule types and their public constructors are rooted.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above: rule types and their public constructors are rooted.")]
    [UnconditionalSuppressMessage("Trimming", "IL2062", Justification = "As above: rule types and their public constructors are rooted.")]
    [UnconditionalSuppressMessage("Trimming", "IL2065", Justification = "As above: rule types and their public constructors are rooted.")]
    private static IReadOnlyList<HandoffRule> Discover()
    {
        var rules = new List<HandoffRule>();
        foreach (var type in typeof(HandoffRule).Assembly.GetTypes())
        {
            if (type.IsAbstract || !typeof(HandoffRule).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null) continue;
            rules.Add((HandoffRule)Activator.CreateInstance(type)!);
        }

        return rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToArray();
    }
}
