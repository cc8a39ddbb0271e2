using System.Collections.Generic;
using System.IO;

namespace HandoffLint.Cli.Output;

/// <summary>Writes lint reports in one output format.</summary>
internal interface IReportFormatter
{
    void Write(IReadOnlyList<LintReport> reports, TextWriter output);
}

/// <summary>The formats <c>lint --format</c> accepts.</summary>
internal static class ReportFormats
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";

    public static readonly string[] All = { Text, Json, Sarif, GitHub };

    public static IReportFormatter Create(string format, bool useColor) => format switch
    {
        Json => new JsonReportFormatter(),
        Sarif => new SarifReportFormatter(),
        GitHub => new GitHubReportFormatter(),
        _ => new TextReportFormatter(useColor),
    };
}
