using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffLint.Configuration;

/// <summary>A section the schema requires, with the other names people give it.</summary>
public sealed class SchemaSection
{
    /// <summary>Creates a schema section.</summary>
    /// <param name="key">A stable snake_case key used in <c>.editorconfig</c> (<c>whats_next</c>).</param>
    /// <param name="name">The canonical heading text (<c>What's Next</c>).</param>
    /// <param name="aliases">Other headings accepted as this section.</param>
    public SchemaSection(string key, string name, IEnumerable<string>? aliases = null)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = (aliases ?? Enumerable.Empty<string>()).ToArray();
        MatchKeys = new HashSet<string>(new[] { name }.Concat(Aliases).Select(SectionNames.Normalize), StringComparer.Ordinal);
    }

    /// <summary>The stable key (<c>whats_next</c>).</summary>
    public string Key { get; }

    /// <summary>The canonical heading text.</summary>
    public string Name { get; }

    /// <summary>Other accepted headings.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The normalized forms that match this section.</summary>
    internal HashSet<string> MatchKeys { get; }

    /// <summary>Whether a heading's text names this section.</summary>
    public bool Matches(string headingText) => MatchKeys.Contains(SectionNames.Normalize(headingText));

    /// <summary>Whether an already normalized heading (<see cref="SectionNames.Normalize"/>) names this section.</summary>
    public bool MatchesNormalized(string normalizedHeading) => MatchKeys.Contains(normalizedHeading);

    /// <summary>A copy with other aliases.</summary>
    public SchemaSection WithAliases(IEnumerable<string> aliases) => new(Key, Name, aliases);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The keys of the sections the default schema knows by role.</summary>
public static class SectionKeys
{
    /// <summary>## Last Updated</summary>
    public const string LastUpdated = "last_updated";
    /// <summary>## Current State</summary>
    public const string CurrentState = "current_state";
    /// <summary>## What Was Done This Session</summary>
    public const string WhatWasDone = "what_was_done";
    /// <summary>## What Failed</summary>
    public const string WhatFailed = "what_failed";
    /// <summary>## What's Next</summary>
    public const string WhatsNext = "whats_next";
    /// <summary>## Key Decisions</summary>
    public const string KeyDecisions = "key_decisions";
}
