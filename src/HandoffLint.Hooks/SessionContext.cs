using System;
using System.Globalization;
using System.Linq;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;

namespace HandoffLint.Hooks;

/// <summary>
/// The text a SessionStart hook gives the agent: the note itself and HandoffLint's findings, in plain factual sentences
/// (Claude Code's reference advises facts over imperative "system" wording, which can trip prompt-injection defences), cut to
/// fit the agent's limit on hook output and saying so where it cut.
/// </summary>
internal static class SessionContext
{
    private const int MaxListedFindings = 12;
    private const int MaxMessageLength = 300;

    public static string Compose(HandoffWorkspace workspace, LintResult? lint, string? compactionReminder, int budget)
    {
        var note = workspace.NoteShownAs;
        var head = new StringBuilder();
        var text = lint?.Document?.Source.Text;
        if (workspace.NoteBytes is null)
        {
            head.Append("HandoffLint: there is no handoff note at ").Append(note)
                .Append(". This project's session protocol keeps one there: the previous session's state, what failed and what comes next, rewritten at the end of every session. ")
                .Append("'handofflint init' creates it from the schema.\n");
        }
        else
        {
            head.Append("HandoffLint: ").Append(note).Append(" is this project's handoff note, written at the end of the previous session for this one. ")
                .Append(text is null ? "It could not be read as text.\n" : "Its full text follows.\n");
        }

        var findings = lint?.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.None).ToArray() ?? Array.Empty<Diagnostic>();
        if (findings.Length > 0)
        {
            head.Append("HandoffLint reports ").Append(Plural(findings.Count(d => d.Severity == DiagnosticSeverity.Error), "error"))
                .Append(" and ").Append(Plural(findings.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")).Append(" about it:\n");
            foreach (var d in findings.Take(MaxListedFindings)) head.Append("- ").Append(Describe(d, note)).Append('\n');
            if (findings.Length > MaxListedFindings) head.Append("- and ").Append(findings.Length - MaxListedFindings).Append(" more; 'handofflint lint' lists them all.\n");
        }
        else if (lint is not null)
        {
            head.Append("HandoffLint reports no findings about it.\n");
        }

        // The most urgent item first, in one line: it survives a note cut to the budget, and priorities written as tables,
        // bold tags or sub-headings are read as the summary reads them.
        if (lint?.Document is { } document && NextStepsReader.FirstOfHighestPriority(document, workspace.Options) is { } first)
        {
            var line = document.Source.LineIndexOf(first.Start) + 1;
            head.Append("Its first ").Append(first.Tag).Append(" item (line ").Append(line.ToString(CultureInfo.InvariantCulture)).Append("): ")
                .Append(first.Text.Length > MaxMessageLength ? first.Text.Substring(0, MaxMessageLength) + "..." : first.Text).Append('\n');
        }

        if (compactionReminder is not null)
        {
            head.Append("When the context was compacted, the note had not been brought up to date: ").Append(compactionReminder).Append('\n');
        }

        head.Append("The session protocol: the note is rewritten before the session ends or the context is compacted. ")
            .Append(WhatToWrite(workspace, null)).Append(' ')
            .Append("HandoffLint's Stop hook checks it after each response.\n");

        if (text is null) return Fit(head.ToString(), budget);

        var open = $"<handoff-note path=\"{note}\">\n";
        const string close = "</handoff-note>\n";
        var body = text.EndsWith("\n", StringComparison.Ordinal) ? text : text + "\n";
        var fixedLength = head.Length + open.Length + close.Length;
        if (fixedLength + body.Length <= budget) return head + open + body + close;

        // Too long: keep whole lines up to the budget, and say where the rest is.
        var notice = $"[HandoffLint cut the note here: the first {{0}} of {text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters are shown, to stay under the agent's 10,000-character limit on hook output. The rest is in {note}.]\n";
        var room = Math.Max(0, budget - fixedLength - notice.Length - 16);
        var cut = room >= body.Length ? body.Length : body.LastIndexOf('\n', Math.Max(0, room - 1)) + 1;
        if (cut <= 0) cut = Math.Min(room, body.Length);
        var shown = body.Substring(0, cut);
        return Fit(head + open + shown + string.Format(CultureInfo.InvariantCulture, notice, cut.ToString("N0", CultureInfo.InvariantCulture)) + close, budget);
    }

    /// <summary>What a rewritten note holds, by the schema: the stamp to write (today, the next session) and the sections.</summary>
    public static string WhatToWrite(HandoffWorkspace workspace, IClock? clock)
    {
        var options = workspace.Options;
        var parts = options.RequiredSections.Select(section => section.Key switch
        {
            SectionKeys.LastUpdated => section.Name + Stamp(workspace, clock),
            SectionKeys.WhatsNext => section.Name + " (items tagged " + string.Join(", ", options.PriorityTags.Select(t => "[" + t + "]")) + ", most urgent first)",
            _ => section.Name,
        });
        return "Its sections: " + string.Join("; ", parts) + ".";
    }

    /// <summary>One finding as a line for the agent: where (file and line when known), severity, ID and message.</summary>
    public static string Describe(Diagnostic diagnostic, string? notePath = null)
    {
        var where = new StringBuilder();
        if (notePath is null || !string.Equals(diagnostic.Location.Path, notePath, StringComparison.Ordinal)) where.Append(diagnostic.Location.Path).Append(' ');
        if (!diagnostic.Location.IsWholeFile) where.Append("line ").Append(diagnostic.Location.Line.ToString(CultureInfo.InvariantCulture)).Append(' ');
        var message = diagnostic.Message.Length > MaxMessageLength ? diagnostic.Message.Substring(0, MaxMessageLength) + "..." : diagnostic.Message;
        return $"{where}{diagnostic.Severity.ToText()} {diagnostic.Id}: {message}".TrimStart();
    }

    private static string Stamp(HandoffWorkspace workspace, IClock? clock)
    {
        var session = workspace.Note.Document?.Stamp?.Session;
        var date = clock is null ? "today's date" : clock.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var next = session is int n ? "Session " + (n + 1).ToString(CultureInfo.InvariantCulture) : "the next session number";
        return $" ({date}, {next})";
    }

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Fit(string text, int budget) => text.Length <= budget ? text : text.Substring(0, budget - 1) + "\n";
}
