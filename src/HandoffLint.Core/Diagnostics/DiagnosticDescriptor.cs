using System;
using System.Collections.Generic;

namespace HandoffLint.Diagnostics;

/// <summary>
/// What a rule reports, in the Roslyn mould: ID, title, message format, category, default severity and help link.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The <c>HLnnnn</c> ID, from <see cref="RuleIds"/>.</param>
    /// <param name="title">A short title, the same as the first line of the rule's page.</param>
    /// <param name="messageFormat">A composite format string filled with the arguments a rule reports.</param>
    /// <param name="category">The group the rule belongs to (see <see cref="RuleCategories"/>).</param>
    /// <param name="defaultSeverity">The severity when nothing configures it.</param>
    /// <param name="isEnabledByDefault">False for opt-in rules; they report only when a severity is configured.</param>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault = true)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        MessageFormat = messageFormat ?? throw new ArgumentNullException(nameof(messageFormat));
        Category = category ?? throw new ArgumentNullException(nameof(category));
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
    }

    /// <summary>The <c>HLnnnn</c> ID.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The composite format of the message.</summary>
    public string MessageFormat { get; }

    /// <summary>The rule's category.</summary>
    public string Category { get; }

    /// <summary>The severity when nothing configures it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Whether the rule reports without being configured.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>The rule's page: <c>rules/HLnnnn.md</c> in the repository.</summary>
    public string HelpLinkUri => HelpLinks.ForRule(Id);

    /// <inheritdoc />
    public override string ToString() => Id + ": " + Title;
}

/// <summary>The categories rules belong to.</summary>
public static class RuleCategories
{
    /// <summary>The note's presence and readability.</summary>
    public const string Presence = "Presence";
    /// <summary>The note's sections and their order.</summary>
    public const string Structure = "Structure";
    /// <summary>The Last Updated stamp and age.</summary>
    public const string Freshness = "Freshness";
    /// <summary>The What's Next work queue.</summary>
    public const string Priorities = "Priorities";
    /// <summary>What the note holds: size, leftovers, rewrite discipline.</summary>
    public const string Content = "Content";
    /// <summary>Credentials and other things that must not be committed.</summary>
    public const string Security = "Security";
    /// <summary>The note's history in git.</summary>
    public const string Git = "Git";
    /// <summary>The agent instructions and hooks around the note.</summary>
    public const string Protocol = "Protocol";
    /// <summary>HandoffLint's own configuration and failures.</summary>
    public const string Configuration = "Configuration";

    /// <summary>Every category, as <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c> names them.</summary>
    public static IReadOnlyList<string> All { get; } = new[] { Presence, Structure, Freshness, Priorities, Content, Security, Git, Protocol, Configuration };
}
