using HandoffLint.Diagnostics;
using HandoffLint.Parsing;
using HandoffLint.Rules.Structure;

namespace HandoffLint.Rules.Freshness;

/// <summary>
/// HL0023: a Last Updated stamp written elsewhere (<c>**Updated:** 2026-10-06</c>, <c># Session Handoff — 2026-05-18</c>,
/// front matter) is read, and every date rule judges it; it is reported once, where it stands, with the form it should
/// take under <c>## Last Updated</c>, where agents, hooks and <c>summary</c> look for it.
/// </summary>
internal sealed class StampMustStandInItsSectionRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.StampOutsideSection,
        "Last Updated stamp is outside its section",
        "The Last Updated stamp stands {0}, outside '## Last Updated'; Expected: a '## Last Updated' section holding '{1}' ('handofflint fix' {2})",
        RuleCategories.Freshness,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        if (document.Stamp is not { } stamp || !SchemaCoverage.IsLoose(stamp) || SchemaReport.SummaryReports(context)) return;
        var where = stamp.Source switch
        {
            StampSource.FrontMatter => "in the front matter",
            StampSource.OtherHeading => "in a heading",
            _ => "on its own line",
        };
        // A line is moved; a heading or the front matter keeps its date, and the section gets a copy.
        var fix = stamp.Source == StampSource.Line ? "moves it there" : "writes it there";
        var expected = (stamp.Date is { } date ? StampLocations.Iso(date) : "YYYY-MM-DD") + " (Session " + (stamp.Session?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "N") + ")";
        context.Report(Rule, StampLocations.OfLooseStamp(document, stamp), where, expected, fix);
    }
}
