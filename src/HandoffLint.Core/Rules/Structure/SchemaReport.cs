using HandoffLint.Parsing;

namespace HandoffLint.Rules.Structure;

/// <summary>
/// Who speaks for what, so that one gap is reported once: a note far from the schema gets one summary (HL0024) that
/// covers its missing, look-alike, mis-levelled and to-do sections and its loose stamp; a loose stamp otherwise gets
/// HL0023, which gives its whole canonical form. A rule that would repeat them stays quiet, unless the user turned the
/// one that speaks off.
/// </summary>
internal static class SchemaReport
{
    /// <summary>Whether the far-from-schema summary reports the note's structure.</summary>
    public static bool SummaryReports(RuleContext context) =>
        context.Document!.Coverage.IsFarFromSchema && context.IsEnabled(NoteMustFollowSchemaRule.Rule);

    /// <summary>Whether the stamp is outside its section and reported as such (by HL0023 or the summary), so HL0008 and HL0013 need not repeat it.</summary>
    public static bool LooseStampReported(RuleContext context, LastUpdatedStamp stamp) =>
        SchemaCoverage.IsLoose(stamp) && (context.IsEnabled(Freshness.StampMustStandInItsSectionRule.Rule) || SummaryReports(context));

    /// <summary>
    /// Whether a missing session number is said elsewhere: by HL0023 for a stamp outside its section, or by the summary, which
    /// names what the stamp lacks (so that moving a stamp into its section never turns one finding into two).
    /// </summary>
    public static bool MissingSessionReported(RuleContext context, LastUpdatedStamp stamp) =>
        SummaryReports(context) || LooseStampReported(context, stamp);
}
