using System.Collections.Generic;
using System.IO;
using System.Text;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, <c>::warning file=...,line=...,col=...,title=HL0007::message</c>, which the runner turns
/// into annotations on the pull request. Paths are relative to the repository root, as the runner's checkout has them
/// (see <see cref="ArtifactRoots"/>).
/// </summary>
internal sealed class GitHubReportFormatter : IReportFormatter
{
    public void Write(IReadOnlyList<LintReport> reports, TextWriter output)
    {
        var roots = new ArtifactRoots(System.Environment.CurrentDirectory);
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                var line = new StringBuilder("::").Append(Command(diagnostic.Severity)).Append(" file=").Append(EscapeProperty(roots.Locate(report.FullPathOf(diagnostic.Location), report.RepositoryRoot).RelativePath));
                var location = diagnostic.Location;
                if (!location.IsWholeFile)
                {
                    line.Append(",line=").Append(location.Line).Append(",col=").Append(location.Column)
                        .Append(",endLine=").Append(location.EndLine);
                    // GitHub reads endColumn only on a one-line annotation; it is inclusive there, ours is exclusive.
                    if (location.EndLine == location.Line && location.EndColumn > location.Column) line.Append(",endColumn=").Append(location.EndColumn - 1);
                }

                line.Append(",title=").Append(EscapeProperty(diagnostic.Id))
                    .Append("::").Append(EscapeData(diagnostic.Message + " (" + diagnostic.HelpLinkUri + ")"));
                output.WriteLine(line.ToString());
            }
        }
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    // The escapes the Actions runner undoes (actions/toolkit, command.ts).
    private static string EscapeData(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
