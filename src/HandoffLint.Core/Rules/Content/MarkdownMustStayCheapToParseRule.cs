using System.Globalization;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Content;

/// <summary>
/// HL0027: the note is parsed at every session start and every build, so its cost must grow with its size. A construct the
/// parser reads in quadratic time, repeated past <see cref="MarkdownCostBound.Limit"/>, is read as plain text from there on,
/// and said so once.
/// </summary>
internal sealed class MarkdownMustStayCheapToParseRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.MarkdownConstructBounded,
        "Markdown construct repeated past what HandoffLint parses",
        "The note has {0} {1}; the first {2} are read as Markdown and the rest as plain text, since the parser's time grows with their square. {3}",
        RuleCategories.Content,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        foreach (var construct in document.BoundedConstructs)
        {
            // Setext headings past the limit are lost as headings (MarkdownCostBound).
            const string what = "lines underlined as setext headings ('---' or '===' under text)";
            const string fix = "Write headings as '## Title'";
            var location = document.LocationOfLine(document.Source.LineIndexOf(construct.FirstUnparsedOffset));
            context.Report(Rule, location, construct.Count.ToString("N0", CultureInfo.InvariantCulture), what, MarkdownCostBound.Limit.ToString(CultureInfo.InvariantCulture), fix);
        }
    }
}
