using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffLint.Cli.Output;

/// <summary>
/// A rule's page, <c>rules/HLnnnn.md</c>, as the tool carries it (embedded at build time, so that an installed tool and a
/// Native AOT binary describe their rules with no repository at hand): what SARIF consumers show as the rule's help.
/// </summary>
internal sealed class RulePage
{
    private static readonly ConcurrentDictionary<string, RulePage?> Cache = new(StringComparer.Ordinal);

    private RulePage(string markdown, string fullDescription, string plainHelp)
    {
        Markdown = markdown;
        FullDescription = fullDescription;
        PlainHelp = plainHelp;
    }

    /// <summary>The page without its title line (the title is the rule's short description already).</summary>
    public string Markdown { get; }

    /// <summary>The first paragraph of "Why it matters", on one line.</summary>
    public string FullDescription { get; }

    /// <summary>"Why it matters" and "How to fix" as plain paragraphs, for consumers that do not render Markdown.</summary>
    public string PlainHelp { get; }

    /// <summary>The page of <paramref name="ruleId"/>, or null when the tool was built without one.</summary>
    public static RulePage? For(string ruleId) => Cache.GetOrAdd(ruleId, Load);

    /// <summary>The resource name a page is embedded under (see the CLI's project file).</summary>
    public static string ResourceName(string ruleId) => "rules/" + ruleId + ".md";

    /// <summary>Reads a page's text into its parts; public to the tests, which check them against the files in <c>rules/</c>.</summary>
    public static RulePage Parse(string pageText)
    {
        var lines = pageText.Replace("\r\n", "\n").Split('\n');
        var body = string.Join("\n", lines.SkipWhile(l => !l.StartsWith("# ", StringComparison.Ordinal)).Skip(1)).Trim('\n');
        var why = Paragraphs(SectionLines(lines, "Why it matters"));
        var fix = Paragraphs(SectionLines(lines, "How to fix"));
        var plain = new StringBuilder();
        foreach (var paragraph in why.Concat(fix))
        {
            if (plain.Length > 0) plain.Append("\n\n");
            plain.Append(paragraph);
        }

        return new RulePage(body + "\n", why.FirstOrDefault() ?? string.Empty, plain.ToString());
    }

    private static RulePage? Load(string ruleId)
    {
        using var stream = typeof(RulePage).Assembly.GetManifestResourceStream(ResourceName(ruleId));
        if (stream is null) return null;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>The lines under <c>## <paramref name="heading"/></c> up to the next level-2 heading, outside code fences.</summary>
    private static List<string> SectionLines(string[] lines, string heading)
    {
        var section = new List<string>();
        var inside = false;
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inside) break;
                inside = string.Equals(line.Substring(3).Trim(), heading, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (inside) section.Add(line);
        }

        return section;
    }

    /// <summary>
    /// Prose paragraphs joined onto one line each; code blocks are left out, list items keep their own lines, so that the
    /// text reads as plain text.
    /// </summary>
    private static List<string> Paragraphs(List<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        var inFence = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                Flush();
                continue;
            }

            if (inFence) continue;
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal)) current.Append(current.Length > 0 ? "\n" : string.Empty).Append(line);
            else current.Append(current.Length > 0 ? " " : string.Empty).Append(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Length > 0) paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
