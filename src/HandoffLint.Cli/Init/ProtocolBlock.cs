using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Configuration;

namespace HandoffLint.Cli.Init;

/// <summary>What <see cref="ProtocolBlock.Apply"/> did to the instructions file.</summary>
internal enum ProtocolChange
{
    Added,
    Updated,
    AlreadyPresent,
    OtherProtocolPresent,
}

/// <summary>
/// The session protocol <c>init</c> puts in <c>CLAUDE.md</c> (or <c>AGENTS.md</c>): read the note at the start, note decisions
/// during, rewrite it in full before the end or compaction. It sits between markers that carry a version, so that a later
/// HandoffLint can replace its own block without touching anything around it, and a second run finds it and adds nothing.
/// </summary>
internal static class ProtocolBlock
{
    public const int Version = 1;
    public const string EndMarker = "<!-- /handofflint:protocol -->";

    private static readonly Regex StartMarker = new(@"<!--\s*handofflint:protocol(?:\s+v(?<version>\d+))?\s*-->", RegexOptions.CultureInvariant);
    private static readonly Regex EndMarkerPattern = new(@"<!--\s*/handofflint:protocol\s*-->", RegexOptions.CultureInvariant);

    // A protocol someone wrote by hand (the pattern's own "## Session Protocol (MANDATORY)" block, or an @-import of the note).
    private static readonly Regex HandWrittenProtocol = new(@"^#{1,6}\s.*session\s+protocol|^\s*@\S*SESSION-HANDOFF\.md", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline);

    public static string StartMarkerText => $"<!-- handofflint:protocol v{Version} -->";

    /// <summary>The block, with the note's path, the schema's sections and the priority tags in force, in <paramref name="newLine"/> endings.</summary>
    public static string Create(HandoffLintOptions options, string notePath, string newLine)
    {
        var note = "`" + notePath + "`";
        var sections = string.Join(", ", options.RequiredSections.Select(s => s.Name));
        var tags = string.Join(", ", options.PriorityTags.Select(t => "`[" + t + "]`"));
        var lastUpdated = options.FindSection(SectionKeys.LastUpdated)?.Name ?? "Last Updated";
        var whatsNext = options.FindSection(SectionKeys.WhatsNext)?.Name ?? "What's Next";
        var lines = new[]
        {
            StartMarkerText,
            "## Session Protocol (MANDATORY)",
            string.Empty,
            $"This repository keeps its session handoff note in {note}; `handofflint lint` checks it.",
            string.Empty,
            $"1. **At the start of every session:** read {note} before doing anything else. It says where the last session stopped, what failed and what comes next.",
            "2. **During the session:** note key decisions, and approaches that failed and why, as they happen.",
            $"3. **Before the session ends, and before the context is compacted:** rewrite {note} in full; do not append to it.",
            $"   - `## {lastUpdated}`: today's date and the next session number, as `YYYY-MM-DD (Session N)`.",
            $"   - Every section, in this order: {sections}.",
            $"   - {whatsNext}: a list whose items each start with exactly one of {tags}, highest priority first.",
            $"   - Keep it under {options.MaxCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters: it is read into the context at every start.",
            "4. Run `handofflint lint` and fix what it reports before you stop.",
            EndMarker,
        };
        return string.Join(newLine, lines) + newLine;
    }

    /// <summary>
    /// The instructions text with the block in it: appended when absent, replaced when an older version is there, left alone
    /// when the current version (even edited by hand) or a hand-written protocol is there.
    /// </summary>
    public static (string Text, ProtocolChange Change) Apply(string existing, string block, string newLine)
    {
        var start = StartMarker.Match(existing);
        if (start.Success)
        {
            var end = EndMarkerPattern.Match(existing, start.Index);
            var version = start.Groups["version"].Success && int.TryParse(start.Groups["version"].Value, out var v) ? v : 0;
            if (!end.Success || version >= Version) return (existing, ProtocolChange.AlreadyPresent);
            var afterEnd = end.Index + end.Length;
            if (existing.AsSpan(afterEnd).StartsWith(newLine.AsSpan(), StringComparison.Ordinal)) afterEnd += newLine.Length;
            return (existing.Substring(0, start.Index) + block + existing.Substring(afterEnd), ProtocolChange.Updated);
        }

        if (HandWrittenProtocol.IsMatch(existing)) return (existing, ProtocolChange.OtherProtocolPresent);

        var text = new StringBuilder(existing);
        if (existing.Length > 0)
        {
            if (!existing.EndsWith("\n", StringComparison.Ordinal) && !existing.EndsWith("\r", StringComparison.Ordinal)) text.Append(newLine);
            text.Append(newLine);
        }

        text.Append(block);
        return (text.ToString(), ProtocolChange.Added);
    }
}
