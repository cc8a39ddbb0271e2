using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Content;

/// <summary>
/// HL0026: a note with one section per session appended below the last (<c>## Session 11 (2026-...)</c>,
/// <c>## 2026-02-19 — ...</c>) is a log, not a handoff: it grows until agents stop reading it, and the next session has to
/// work out which parts still hold. Reported once, at the first earlier session, naming the earlier sessions.
/// </summary>
internal sealed class NoteMustNotBeSessionLogRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.SessionSectionsAppended,
        "Note appends a section per session",
        "The note keeps {0} session sections one below another; the earlier ones: {1}. Rewrite the note for the latest session only and move the history to another file",
        RuleCategories.Content,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        if (document.SessionLog is not { } log) return;
        var earlier = log.Earlier.ToList();
        var named = earlier.Take(3).Select(e => $"'{Shorten(e.Title)}' (line {document.LocationOf(e.Heading).Line})").ToList();
        if (earlier.Count > 3) named.Add($"{earlier.Count - 3} more");
        context.Report(Rule, document.LocationOf(earlier[0].Heading), log.Sessions.Count, string.Join(", ", named));
    }

    private static string Shorten(string title) => title.Length <= 48 ? title : title.Substring(0, 45).TrimEnd() + "...";
}
