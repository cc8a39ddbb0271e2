using System;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Cli.Summary;

/// <summary>One row of the summary: what a coordinator wants to know about a project at a glance.</summary>
internal sealed record ProjectSummary(
    string Project,
    string NotePath,
    string? LastUpdated,
    int? Session,
    int? AgeDays,
    int Errors,
    int Warnings,
    string? FirstP0)
{
    /// <summary>Builds the row from the core's lint of the project's note.</summary>
    public static ProjectSummary From(FoundNote note, string noteDisplay, LintResult result, DateTime today)
    {
        var stamp = result.Document?.Stamp;
        var date = stamp?.Date;
        var firstP0 = result.Document is null ? null : NextStepsReader.FirstOfHighestPriority(result.Document, result.Options)?.Text;

        return new ProjectSummary(
            note.ProjectDisplay,
            noteDisplay,
            date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? stamp?.DateText,
            stamp?.Session,
            date is null ? null : (int)(today.Date - date.Value.Date).TotalDays,
            result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            string.IsNullOrEmpty(firstP0) ? null : firstP0);
    }
}
