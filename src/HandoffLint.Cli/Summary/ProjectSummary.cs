using System;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Git;
using HandoffLint.Parsing;

namespace HandoffLint.Cli.Summary;

/// <summary>One row of the summary: what a coordinator wants to know about a project at a glance.</summary>
internal sealed record ProjectSummary(
    string Project,
    string NotePath,
    string? LastUpdated,
    int? Session,
    int? AgeDays,
    bool Stale,
    int? RecentSessions,
    int Errors,
    int Warnings,
    string? FirstP0,
    StuckItem[] Stuck,
    string? HistoryUnavailable)
{
    /// <summary>Builds the row from the core's lint of the project's note and the note's git history.</summary>
    public static ProjectSummary From(FoundNote note, string noteDisplay, LintResult result, NoteHistory history, DateTime today)
    {
        var stamp = result.Document?.Stamp;
        var date = stamp?.Date;
        var firstP0 = result.Document is null ? null : NextStepsReader.FirstOfHighestPriority(result.Document, result.Options)?.Text;
        int? age = date is null ? null : (int)(today.Date - date.Value.Date).TotalDays;

        return new ProjectSummary(
            note.ProjectDisplay,
            noteDisplay,
            date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? stamp?.DateText,
            stamp?.Session,
            age,
            age is null || age > result.Options.MaxAgeDays,
            history.RecentSessions,
            result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            string.IsNullOrEmpty(firstP0) ? null : firstP0,
            history.Stuck.OrderBy(s => s.Since.AuthorDate).ThenBy(s => s.Item.Start).ToArray(),
            history.Unavailable);
    }

    /// <summary>The stuck item that has waited longest, or null.</summary>
    public StuckItem? OldestStuck => Stuck.Length == 0 ? null : Stuck[0];
}
