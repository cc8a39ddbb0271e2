using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Text;

namespace HandoffLint.Cli.Output;

/// <summary>
/// MSBuild's canonical form, <c>path(line,col): warning HL0007: message</c>, exactly as the build task prints it, so that
/// editors and CI log parsers recognise it; then one summary line. Colour marks the severity on a terminal only.
/// </summary>
internal sealed class TextReportFormatter : IReportFormatter
{
    private const string Reset = "\u001b[0m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    private readonly bool _useColor;

    public TextReportFormatter(bool useColor) => _useColor = useColor;

    public void Write(IReadOnlyList<LintReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                var path = report.DisplayPathOf(diagnostic.Location);
                output.WriteLine(_useColor ? Colored(diagnostic, path) : diagnostic.ToString(path));
            }
        }

        var errors = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        var warnings = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        var suggestions = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Suggestion));
        var files = reports.Count == 1 ? TerminalText.Escape(reports[0].DisplayPath) : reports.Count + " notes";
        var line = errors + warnings + suggestions == 0
            ? $"{files}: no problems found"
            : $"{files}: {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(suggestions, "suggestion")}";
        output.WriteLine(!_useColor ? line : (errors > 0 ? Red : warnings > 0 ? Yellow : Green) + line + Reset);
    }

    private static string Count(int count, string noun) => count + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Colored(Diagnostic diagnostic, string path)
    {
        // Same words and order as Diagnostic.ToString, with the severity and ID coloured.
        var plain = diagnostic.ToString(path);
        path = TerminalText.Escape(path);
        var position = diagnostic.Location.IsWholeFile ? path : $"{path}({diagnostic.Location.Line},{diagnostic.Location.Column})";
        var afterPosition = plain.Substring(position.Length + 2);
        var labelEnd = afterPosition.IndexOf(':');
        var label = afterPosition.Substring(0, labelEnd);
        var color = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Red,
            DiagnosticSeverity.Warning => Yellow,
            _ => Cyan,
        };
        return position + ": " + color + label + Reset + afterPosition.Substring(labelEnd);
    }
}
