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
        : this(key, name, aliases, null, null)
    {
    }

    /// <summary>Creates a schema section that also knows which phrases, inside a longer heading, make it look like this section.</summary>
    internal SchemaSection(string key, string name, IEnumerable<string>? aliases, IEnumerable<string>? insidePhrases, IEnumerable<string>? excludedWords)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Aliases = (aliases ?? Enumerable.Empty<string>()).ToArray();
        MatchKeys = new HashSet<string>(new[] { name }.Concat(Aliases).Select(SectionNames.Normalize).Where(k => k.Length > 0), StringComparer.Ordinal);
        InsidePhrases = new[] { name }.Concat(insidePhrases ?? Enumerable.Empty<string>()).Select(SectionNames.Normalize).Where(p => p.Length > 0).Distinct().ToArray();
        ExcludedWords = (excludedWords ?? Enumerable.Empty<string>()).Select(SectionNames.Normalize).Where(w => w.Length > 0).ToArray();
    }

    /// <summary>The stable key (<c>whats_next</c>).</summary>
    public string Key { get; }

    /// <summary>The canonical heading text.</summary>
    public string Name { get; }

    /// <summary>Other accepted headings.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The normalized forms that match this section.</summary>
    internal HashSet<string> MatchKeys { get; }

    /// <summary>Phrases (normalized) that make a longer heading look like this section: its name and the aliases marked "inside".</summary>
    internal IReadOnlyList<string> InsidePhrases { get; }

    /// <summary>Words (normalized) that keep a heading from looking like this section: <c>open</c> for Key Decisions.</summary>
    internal IReadOnlyList<string> ExcludedWords { get; }

    /// <summary>Whether a heading's text names this section, as people write it (numbered, qualified, decorated).</summary>
    public bool Matches(string headingText) => IsNamedBy(SectionNames.Read(headingText));

    /// <summary>Whether an already normalized heading (<see cref="SectionNames.Normalize"/>) names this section.</summary>
    public bool MatchesNormalized(string normalizedHeading) => MatchKeys.Contains(normalizedHeading);

    /// <summary>Whether a heading read by <see cref="SectionNames.Read"/> names this section.</summary>
    internal bool IsNamedBy(HeadingForms heading) => MatchKeys.Contains(heading.Whole) || MatchKeys.Contains(heading.Name);

    /// <summary>Whether a heading that does not name this section contains one of its phrases, and none of its excluded words.</summary>
    internal bool LooksLike(HeadingForms heading)
    {
        var found = false;
        foreach (var phrase in InsidePhrases)
        {
            if (SectionNames.ContainsPhrase(heading.Whole, phrase))
            {
                found = true;
                break;
            }
        }

        if (!found) return false;
        foreach (var word in ExcludedWords)
        {
            if (SectionNames.ContainsPhrase(heading.Whole, word)) return false;
        }

        return true;
    }

    /// <summary>A copy with other aliases (and no other phrases that make a heading look like it).</summary>
    public SchemaSection WithAliases(IEnumerable<string> aliases) => new(Key, Name, aliases, null, ExcludedWords);

    /// <summary>A copy that also accepts <paramref name="aliases"/>: what <c>handofflint.section_aliases.KEY</c> does.</summary>
    public SchemaSection WithAdditionalAliases(IEnumerable<string> aliases) => new(Key, Name, Aliases.Concat(aliases), InsidePhrases, ExcludedWords);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The keys of the sections the default schema knows by role.</summary>
internal static class SectionKeys
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
