using System;
using System.Globalization;
using System.Linq;
using System.Text;
using HandoffLint.Configuration;

namespace HandoffLint.Cli.Init;

/// <summary>
/// The first note <c>init</c> writes: every section of the schema, today's date and Session 1, and short real sentences
/// rather than template hints, so that a fresh note lints clean and tells the first session what to do with it.
/// </summary>
internal static class HandoffTemplate
{
    public static string Create(HandoffLintOptions options, DateTime today, string instructionsFile, string newLine)
    {
        var firstTag = options.PriorityTags.FirstOrDefault() ?? "P0";
        var text = new StringBuilder();
        text.Append("# Session Handoff").Append(newLine);
        foreach (var section in options.RequiredSections)
        {
            text.Append(newLine).Append("## ").Append(section.Name).Append(newLine);
            text.Append(Body(section.Key, today, firstTag, instructionsFile)).Append(newLine);
        }

        return text.ToString();
    }

    private static string Body(string key, DateTime today, string firstTag, string instructionsFile) => key switch
    {
        SectionKeys.LastUpdated => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (Session 1)",
        SectionKeys.CurrentState => "The session handoff pattern was just set up with `handofflint init`; the project's state has not been recorded yet.",
        SectionKeys.WhatWasDone => $"- Set up the session handoff: this note, the session protocol in `{instructionsFile}` and the agent hooks.",
        SectionKeys.WhatFailed => "- Nothing has failed yet.",
        SectionKeys.WhatsNext => $"- [{firstTag}] Rewrite this note with the real state of the project before this session ends.",
        SectionKeys.KeyDecisions => "- Keep the session handoff in this note and rewrite it in full at the end of every session.",
        _ => "- Nothing recorded yet.",
    };
}
