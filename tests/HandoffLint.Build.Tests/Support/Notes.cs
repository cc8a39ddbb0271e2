using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace HandoffLint.Build.Tests.Support;

/// <summary>Handoff notes and agent instructions the consumer repositories are made of.</summary>
internal static class Notes
{
    /// <summary>An expected-finding marker at the end of a line of a note, as the core's rule fixtures write them.</summary>
    private static readonly Regex Marker = new(@"[ \t]*\{(?<ids>HL\d{4}(?:\s*,\s*HL\d{4})*)\}(?=\r?\n|$)", RegexOptions.CultureInvariant);

    /// <summary>Today, as the build task's clock sees it (the machine's local date).</summary>
    public static string Today => DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A note that follows the schema in every respect, dated today.</summary>
    public static string Conforming(string? date = null) => $"""
        # Session Handoff

        ## Last Updated
        {date ?? Today} (Session 12)

        ## Current State
        - The greeting library builds and its tests pass.

        ## What Was Done This Session
        - Added the greeting text.

        ## What Failed
        - Nothing this session.

        ## What's Next
        1. [P0] Localise the greeting.
        2. [P1] Publish the package.

        ## Key Decisions
        - One static class; no dependency injection for a constant.

        """;

    /// <summary>When the stale note was last updated.</summary>
    public const string StaleDate = "2025-01-06";

    /// <summary>The conforming note, last updated long ago: one HL0014 on line 4, column 1, and nothing else.</summary>
    public static string Stale => Conforming(StaleDate);

    /// <summary>
    /// A note with a placeholder left in (HL0007, line 7), a What's Next that is not a list (HL0015, at its heading) and no Key
    /// Decisions section (HL0003), as written to disk: <see cref="MalformedMarked"/> without its markers.
    /// </summary>
    public static string Malformed => Marker.Replace(MalformedMarked, string.Empty);

    /// <summary>The IDs <see cref="Malformed"/> is expected to be reported for, sorted: its markers, read back.</summary>
    public static IReadOnlyList<string> MalformedFindings =>
        Marker.Matches(MalformedMarked).SelectMany(m => m.Groups["ids"].Value.Split(',')).Select(id => id.Trim()).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The malformed note with its expected findings marked inline as the core's rule fixtures mark them (<c>{HL0007}</c> at
    /// the end of a line; the line a whole-file finding is marked on does not matter), so that counts come from the fixture.
    /// </summary>
    private static string MalformedMarked => $$"""
        # Session Handoff {HL0003}

        ## Last Updated
        {{Today}} (Session 3)

        ## Current State
        [What's working, what's deployed, what's in progress] {HL0007}

        ## What Was Done This Session
        - Wired the greeting into the app.

        ## What Failed
        - Nothing yet.

        ## What's Next {HL0015}
        Localise the greeting, then publish it.

        """;

    /// <summary>Agent instructions that mandate the protocol (read at the start, rewrite before the end), as the pattern asks.</summary>
    public const string ClaudeInstructions = """
        # Agent instructions

        ## Session protocol
        - At the start of every session, read docs/SESSION-HANDOFF.md before anything else.
        - Before the session ends or compacts, rewrite docs/SESSION-HANDOFF.md in full.

        """;
}

/// <summary>Consumers shared by several test classes.</summary>
internal static class SharedConsumers
{
    /// <summary>
    /// One stale note (exactly one finding: HL0014 at line 4, column 1) in a git repository with agent instructions,
    /// restored and built once per run and shared by every test that only varies the switches it builds with.
    /// </summary>
    public static Consumer StaleRepository(this PackageFixture package) => package.Shared("stale", consumer =>
    {
        // Committed on its own date, as a note nobody touched since would be (else the git rules see a fresh commit of an old stamp).
        // The project file sets MSBuild's warning controls when the build names a scenario, as a user's project would.
        consumer.WriteProject(more: """
            <PropertyGroup Condition="'$(Scenario)' == 'NoWarn'"><NoWarn>$(NoWarn);HL0014</NoWarn></PropertyGroup>
            <PropertyGroup Condition="'$(Scenario)' == 'WarningsAsErrors'"><WarningsAsErrors>$(WarningsAsErrors);HL0014</WarningsAsErrors></PropertyGroup>
            <PropertyGroup Condition="'$(Scenario)' == 'WarningsNotAsErrors'"><WarningsNotAsErrors>$(WarningsNotAsErrors);HL0014</WarningsNotAsErrors></PropertyGroup>
            <PropertyGroup Condition="'$(Scenario)' == 'MSBuildTreatWarningsAsErrors'"><MSBuildTreatWarningsAsErrors>true</MSBuildTreatWarningsAsErrors></PropertyGroup>
            <PropertyGroup Condition="'$(Scenario)' == 'TreatWarningsAsErrors'"><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
            """);
        consumer.WriteNote(Notes.Stale).WriteFile("CLAUDE.md", Notes.ClaudeInstructions).CommitAll(Notes.StaleDate);
        var build = consumer.Build();
        if (build.ExitCode != 0) throw new System.InvalidOperationException("The shared stale consumer does not build:\n" + build);
    });
}

/// <summary>A consumer for tests that each bring their own note.</summary>
internal static class CaseConsumers
{
    /// <summary>
    /// A plain project (no git, so the repository root is the project's folder), restored and compiled once per run.
    /// Each test writes its note under cases/&lt;name&gt;/ and points HandoffLintPath at it, so that one compiled project
    /// serves many notes.
    /// </summary>
    public static Consumer CasesRepository(this PackageFixture package) => package.Shared("cases", consumer =>
    {
        // root = true: the cases' own .editorconfig files are the only ones that apply, whatever lies above the temporary folder.
        consumer.WriteProject().WriteFile(".editorconfig", "root = true\n");
        var build = consumer.Build("-p:HandoffLintEnabled=false");
        if (build.ExitCode != 0) throw new System.InvalidOperationException("The shared cases consumer does not build:\n" + build);
    });

    /// <summary>Builds the cases consumer against the note at cases/<paramref name="name"/>/SESSION-HANDOFF.md.</summary>
    public static DotnetResult BuildCase(this Consumer consumer, string name, params string[] arguments) =>
        consumer.Build(new[] { "--no-restore", $"-p:HandoffLintPath=cases/{name}/SESSION-HANDOFF.md" }.Concat(arguments).ToArray());

    public static string CaseNotePath(this Consumer consumer, string name) => consumer.PathOf($"cases/{name}/SESSION-HANDOFF.md");
}
