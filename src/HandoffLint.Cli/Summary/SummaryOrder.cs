using System;
using System.Collections.Generic;
using System.Linq;

namespace HandoffLint.Cli.Summary;

/// <summary>The summary's sort orders and filters: the one place that says what "most urgent" means.</summary>
internal static class SummaryOrder
{
    public const string Urgency = "urgency";
    public const string Age = "age";
    public const string Name = "name";
    public const string Errors = "errors";
    public const string Stuck = "stuck";
    public const string Sessions = "sessions";

    public static readonly string[] All = { Urgency, Age, Name, Errors, Stuck, Sessions };

    /// <summary>
    /// The rows in the order <paramref name="key"/> names. Most urgent first: a note with errors (unreadable, a secret), then
    /// stuck P0 work (the longest stuck first), then stale notes (the oldest first; no readable date counts as the oldest),
    /// then the most warnings; the project's name breaks ties in every order.
    /// </summary>
    public static ProjectSummary[] Sort(IEnumerable<ProjectSummary> rows, string key, DateTime today)
    {
        var byName = StringComparer.Ordinal;
        return key switch
        {
            Age => rows.OrderByDescending(AgeOrOldest).ThenBy(r => r.Project, byName).ToArray(),
            Name => rows.OrderBy(r => r.Project, byName).ToArray(),
            Errors => rows.OrderByDescending(r => r.Errors).ThenByDescending(r => r.Warnings).ThenBy(r => r.Project, byName).ToArray(),
            Stuck => rows.OrderByDescending(r => r.Stuck.Length).ThenByDescending(r => StuckDays(r, today)).ThenBy(r => r.Project, byName).ToArray(),
            Sessions => rows.OrderByDescending(r => r.RecentSessions ?? -1).ThenBy(r => r.Project, byName).ToArray(),
            _ => rows
                .OrderByDescending(r => r.Errors > 0)
                .ThenByDescending(r => r.Stuck.Length > 0)
                .ThenByDescending(r => StuckDays(r, today))
                .ThenByDescending(r => r.Stale)
                .ThenByDescending(AgeOrOldest)
                .ThenByDescending(r => r.Warnings)
                .ThenBy(r => r.Project, byName)
                .ToArray(),
        };
    }

    /// <summary>How the rows are ordered, for the line under a table.</summary>
    public static string Describe(string key) => key switch
    {
        Age => "stalest first",
        Name => "by name",
        Errors => "most errors first",
        Stuck => "most stuck P0 items first",
        Sessions => "most sessions in the last 14 days first",
        _ => "most urgent first (errors, stuck P0 items, staleness, warnings)",
    };

    /// <summary>Whether a row passes every filter asked for (they narrow together).</summary>
    public static bool Passes(ProjectSummary row, bool stale, bool stuck, bool errors) =>
        (!stale || row.Stale) && (!stuck || row.Stuck.Length > 0) && (!errors || row.Errors > 0);

    private static int AgeOrOldest(ProjectSummary row) => row.AgeDays ?? int.MaxValue;

    private static int StuckDays(ProjectSummary row, DateTime today) => row.OldestStuck?.DaysStuck(today) ?? -1;
}
