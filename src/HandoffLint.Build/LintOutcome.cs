using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace HandoffLint.Build;

/// <summary>How a finding is logged; the core's severities without the core's types (see <see cref="LintOutcome"/>).</summary>
internal enum FindingLevel
{
    /// <summary>A suggestion: a low-importance message.</summary>
    Suggestion,

    /// <summary>A warning.</summary>
    Warning,

    /// <summary>An error.</summary>
    Error,
}

/// <summary>One finding, as MSBuild logs it.</summary>
internal sealed class Finding
{
    public Finding(FindingLevel level, string id, string helpLink, string file, int line, int column, string message)
    {
        Level = level;
        Id = id;
        HelpLink = helpLink;
        File = file;
        Line = line;
        Column = column;
        Message = message;
    }

    public FindingLevel Level { get; }

    public string Id { get; }

    public string HelpLink { get; }

    public string File { get; }

    /// <summary>1-based; 0 for the whole file.</summary>
    public int Line { get; }

    public int Column { get; }

    public string Message { get; }
}

/// <summary>
/// What one lint of the note found, in a form that needs neither the core library nor Markdig, so that a build whose
/// inputs have not changed replays it from <see cref="LintResultCache"/> without loading them (their first use in a
/// build process costs more than the lint itself).
/// </summary>
internal sealed class LintOutcome
{
    private const string Header = "HandoffLint build cache 1";

    public LintOutcome(IReadOnlyList<Finding> findings, IReadOnlyList<string> summary, bool isReplayable)
    {
        Findings = findings;
        Summary = summary;
        IsReplayable = isReplayable;
    }

    /// <summary>The findings, in the core's order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>What was checked and which configuration applied, one line each (logged with HandoffLintVerbosity=detailed).</summary>
    public IReadOnlyList<string> Summary { get; }

    /// <summary>False when the result depends on more than the cache key covers (a base ref, the working tree).</summary>
    public bool IsReplayable { get; }

    /// <summary>Writes the outcome and the key it belongs to.</summary>
    public void Write(TextWriter writer, string key)
    {
        writer.Write(Header + "\n");
        writer.Write("key\t" + key + "\n");
        foreach (var line in Summary) writer.Write("summary\t" + Escape(line) + "\n");
        foreach (var f in Findings)
        {
            writer.Write(string.Join("\t", "finding", f.Level.ToString(), f.Id, Escape(f.HelpLink), Escape(f.File),
                f.Line.ToString(CultureInfo.InvariantCulture), f.Column.ToString(CultureInfo.InvariantCulture), Escape(f.Message)) + "\n");
        }

        writer.Write("end\n");
    }

    /// <summary>Reads an outcome written for <paramref name="key"/>; null when the text is for another key, another format, or cut short.</summary>
    public static LintOutcome? Read(string text, string key)
    {
        var lines = text.Split('\n');
        if (lines.Length < 3 || lines[0] != Header || lines[1] != "key\t" + key) return null;
        var findings = new List<Finding>();
        var summary = new List<string>();
        for (var i = 2; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            switch (fields[0])
            {
                case "end":
                    return new LintOutcome(findings, summary, isReplayable: true);
                case "summary" when fields.Length == 2:
                    summary.Add(Unescape(fields[1]));
                    break;
                case "finding" when fields.Length == 8
                    && Enum.TryParse(fields[1], out FindingLevel level)
                    && int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                    && int.TryParse(fields[6], NumberStyles.None, CultureInfo.InvariantCulture, out var column):
                    findings.Add(new Finding(level, fields[2], Unescape(fields[3]), Unescape(fields[4]), line, column, Unescape(fields[7])));
                    break;
                default:
                    return null;
            }
        }

        return null; // No "end": a file cut short is never trusted.
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                builder.Append(text[i]);
                continue;
            }

            i++;
            builder.Append(text[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => text[i] });
        }

        return builder.ToString();
    }
}
