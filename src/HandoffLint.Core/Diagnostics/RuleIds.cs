namespace HandoffLint.Diagnostics;

/// <summary>
/// Every diagnostic ID HandoffLint reports, in one place. IDs are never reused: a retired rule keeps its number.
/// </summary>
public static class RuleIds
{
    // The note itself.
    /// <summary>The handoff note is not at its configured path.</summary>
    public const string HandoffMissing = "HL0001";
    /// <summary>The note exists but cannot be read as UTF-8 text.</summary>
    public const string HandoffUnreadable = "HL0002";

    // Sections.
    /// <summary>A section the schema requires is not there.</summary>
    public const string RequiredSectionMissing = "HL0003";
    /// <summary>A required section stands out of the schema's order.</summary>
    public const string SectionOutOfOrder = "HL0004";
    /// <summary>A required section appears more than once.</summary>
    public const string SectionDuplicated = "HL0005";
    /// <summary>A section has a heading and nothing under it.</summary>
    public const string SectionEmpty = "HL0006";
    /// <summary>A template hint or TODO/TBD was left in as content.</summary>
    public const string PlaceholderLeft = "HL0007";

    // The Last Updated stamp.
    /// <summary>Last Updated has no date.</summary>
    public const string StampDateMissing = "HL0008";
    /// <summary>Last Updated has no session number.</summary>
    public const string StampSessionMissing = "HL0009";
    /// <summary>Last Updated's date is not a calendar date.</summary>
    public const string StampDateInvalid = "HL0010";
    /// <summary>Last Updated's date lies in the future.</summary>
    public const string StampDateInFuture = "HL0011";
    /// <summary>Last Updated's session number is not a positive integer.</summary>
    public const string StampSessionInvalid = "HL0012";
    /// <summary>Last Updated's date is written in another form than YYYY-MM-DD.</summary>
    public const string StampDateNotIso = "HL0013";
    /// <summary>Last Updated is older than the allowed age.</summary>
    public const string HandoffStale = "HL0014";

    // What's Next.
    /// <summary>What's Next is not a list.</summary>
    public const string NextStepsNotAList = "HL0015";
    /// <summary>A What's Next item has no priority tag.</summary>
    public const string NextStepPriorityMissing = "HL0016";
    /// <summary>A What's Next item has a tag outside the configured set, or more than one.</summary>
    public const string NextStepPriorityUnknown = "HL0017";
    /// <summary>What's Next items are not in priority order.</summary>
    public const string NextStepsOutOfOrder = "HL0018";

    // The note as a whole.
    /// <summary>The note exceeds its character budget.</summary>
    public const string HandoffTooLarge = "HL0019";
    /// <summary>What Was Done This Session carries entries from earlier sessions.</summary>
    public const string SessionLogAppended = "HL0020";
    /// <summary>The note carries something that looks like a credential.</summary>
    public const string SecretInHandoff = "HL0021";

    // Configuration.
    /// <summary>An .editorconfig value HandoffLint reads is not valid.</summary>
    public const string InvalidConfiguration = "HL0022";
    /// <summary>A file around the note that HandoffLint reads (.editorconfig, agent instructions, agent settings) cannot be read.</summary>
    public const string FileUnreadable = "HL0028";

    // Real notes as people write them.
    /// <summary>The Last Updated stamp stands outside its section (a labelled line, the title, the front matter).</summary>
    public const string StampOutsideSection = "HL0023";
    /// <summary>The note follows little of the schema: one finding lists what is where and what is missing.</summary>
    public const string FarFromSchema = "HL0024";
    /// <summary>A schema section's heading is not at level 2.</summary>
    public const string SectionAtOtherLevel = "HL0025";
    /// <summary>The note is a log of appended session sections instead of being rewritten.</summary>
    public const string SessionSectionsAppended = "HL0026";
    /// <summary>The note repeats a construct the Markdown parser reads in quadratic time; past a limit it is read as plain text.</summary>
    public const string MarkdownConstructBounded = "HL0027";

    // Freshness from git (HL003x).
    /// <summary>Git could not be asked; the git rules did not judge.</summary>
    public const string GitUnavailable = "HL0030";
    /// <summary>Commits touched other files since the note was last committed.</summary>
    public const string CodeMovedOn = "HL0031";
    /// <summary>The note was changed in git without its Last Updated stamp changing.</summary>
    public const string EditedWithoutStamp = "HL0032";
    /// <summary>Session number or date went backwards compared with the previous committed note.</summary>
    public const string StampWentBackwards = "HL0033";
    /// <summary>The working tree changed while the note did not.</summary>
    public const string UncommittedWorkWithoutHandoff = "HL0034";
    /// <summary>A branch changes files but not the note.</summary>
    public const string BranchWithoutHandoff = "HL0035";
    /// <summary>A What's Next P0 item was carried unchanged through several committed versions of the note.</summary>
    public const string PriorityStuck = "HL0036";

    // The protocol around the note (HL004x).
    /// <summary>CLAUDE.md / AGENTS.md does not mandate the handoff protocol.</summary>
    public const string ProtocolNotMandated = "HL0040";
    /// <summary>The agent settings do not wire the handoff hooks.</summary>
    public const string HooksNotWired = "HL0041";
    /// <summary>A Stop hook only prints a systemMessage, which the agent never sees.</summary>
    public const string ReminderNeverReachesAgent = "HL0042";

    // HandoffLint itself.
    /// <summary>HandoffLint failed unexpectedly; the note was not fully checked.</summary>
    public const string InternalError = "HL9999";
}

/// <summary>Builds the help link of a rule: its page under <c>rules/</c> in the repository.</summary>
public static class HelpLinks
{
    /// <summary>The repository's published address (<c>HandoffLintRepositoryUrl</c> in Directory.Build.props).</summary>
    public const string RepositoryUri = RepositoryAddress.Repository;

    /// <summary>The base address of the rule pages (<c>HandoffLintRulesUrl</c> in Directory.Build.props).</summary>
    public const string RulesBaseUri = RepositoryAddress.Rules;

    /// <summary>The help link for <paramref name="ruleId"/>: <c>.../rules/HLnnnn.md</c>.</summary>
    public static string ForRule(string ruleId) => RulesBaseUri + ruleId + ".md";
}
