using System;
using System.Globalization;
using System.Text;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>Handoff notes the scenarios start from or have the model write.</summary>
internal static class Notes
{
    /// <summary>Today as the hooks see it (they run on the real clock).</summary>
    public static string Today => DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A note that follows the schema, dated today.</summary>
    public static string Good(int session, string done) => $"""
        # Session Handoff

        ## Last Updated
        {Today} (Session {session})

        ## Current State
        The sample project holds one file, src/app.txt, at the version this session left it.

        ## What Was Done This Session
        - {done}

        ## What Failed
        - Nothing failed.

        ## What's Next
        - [P0] Release the new version.
        - [P1] Write a changelog entry.

        ## Key Decisions
        - Versions live in src/app.txt only.

        """;

    /// <summary>What a careless session leaves: two lines, no date, no sections.</summary>
    public const string Worse = "# Notes\nBumped the version.\n";

    /// <summary>A note that follows the schema but runs past 10,000 characters (a long log in Key Decisions).</summary>
    public static string Long()
    {
        var text = new StringBuilder(Good(1, "Set up the sample project."));
        for (var i = 1; text.Length < 12_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Decision {i}: keep the sample project small, so that every run of the suite stays quick and readable.\n");
        }

        text.Append("- The last decision of the long note.\n");
        return text.ToString();
    }
}
