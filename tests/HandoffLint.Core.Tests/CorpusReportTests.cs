using System;
using System.Linq;
using HandoffLint.Benchmarks;
using HandoffLint.Tests.Support;
using Xunit.Abstractions;

namespace HandoffLint.Tests;

/// <summary>
/// The corpus report (the same code as <c>dotnet run --project benchmarks/HandoffLint.Benchmarks -- corpus</c>) held to the
/// targets of issue 9: a short report, findings on their lines, stamps read, and a fix that never makes a note worse.
/// </summary>
public sealed class CorpusReportTests
{
    private static readonly Lazy<CorpusReport> Report = new(() => CorpusReport.Create(TestPaths.CorpusFolder));

    private readonly ITestOutputHelper _output;

    public CorpusReportTests(ITestOutputHelper output) => _output = output;

    [CorpusFact]
    public void The_median_note_gets_at_most_three_findings()
    {
        _output.WriteLine(Report.Value.Format());
        Report.Value.MedianFindings.ShouldBeLessThanOrEqualTo(3);
    }

    [CorpusFact]
    public void At_most_one_finding_in_ten_is_unlocated_at_line_1_column_1()
    {
        var report = Report.Value;

        ((double)report.UnlocatedFindings / report.FindingsBefore).ShouldBeLessThanOrEqualTo(0.10, report.Format());
    }

    [CorpusFact]
    public void The_stamp_is_read_in_nine_of_ten_notes_that_show_a_date_near_the_top()
    {
        var report = Report.Value;

        report.NotesWithDateNearTop.ShouldBeGreaterThan(0);
        ((double)report.NotesWithDateNearTopRead / report.NotesWithDateNearTop).ShouldBeGreaterThanOrEqualTo(0.90, report.Format());
    }

    [CorpusFact]
    public void Fix_makes_no_note_worse()
    {
        var report = Report.Value;

        report.WorseAfterFix.Select(n => $"{n.Name}: {n.Before.Count} -> {n.After.Count}").ShouldBeEmpty();
        report.FindingsAfter.ShouldBeLessThanOrEqualTo(report.FindingsBefore);
    }
}
