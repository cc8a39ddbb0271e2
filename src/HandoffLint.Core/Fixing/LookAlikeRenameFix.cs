using System;
using System.Globalization;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Parsing;

namespace HandoffLint.Fixing;

/// <summary>
/// Renames a heading that looks like a missing schema section (<c>## Durable gotchas</c> for What Failed) to the section's
/// name, instead of inserting a second, empty section beside it. The heading keeps its level, its numbering and its own
/// words after a dash (<c>## What Failed — Durable gotchas</c>), so nothing the user wrote is lost.
/// </summary>
internal static class LookAlikeRenameFix
{
    public static string Apply(HandoffDocument document, FixSession session, string key)
    {
        var text = document.Source.Text;
        var entry = document.Coverage.Find(key);
        if (entry is not { State: SectionState.LooksLike, Heading: { IsSetext: false } heading, HeadingTitle: { } title }) return text;

        var line = document.Source.LineIndexOf(Math.Max(0, heading.Span.Start));
        var lineStart = document.Source.LineStart(line);
        var lineText = document.Source.GetLine(line);
        var marksEnd = lineText.IndexOf('#');
        while (marksEnd >= 0 && marksEnd < lineText.Length && lineText[marksEnd] == '#') marksEnd++;
        var titleAt = marksEnd < 0 ? -1 : lineText.IndexOf(title, marksEnd, StringComparison.Ordinal);
        if (titleAt < 0) return text;

        var nameStart = SectionNames.NameStart(title);
        var prefix = title.Substring(0, nameStart);
        var words = title.Substring(nameStart).Trim();
        var name = entry.Section.Name;
        var renamed = prefix + name + (SaysNoMore(words, name) ? string.Empty : " \u2014 " + words);
        var marks = new string('#', heading.Level);
        session.Changes.Add(string.Format(CultureInfo.InvariantCulture,
            "Renamed the heading '{0} {1}' on line {2} to '{0} {3}': it looks like {4}.", marks, title, line + 1, renamed, name));
        return TextEdit.Apply(text, new[] { new TextEdit(lineStart + titleAt, lineStart + titleAt + title.Length, renamed) });
    }

    // "## Decisions" renamed "## Key Decisions" needs no "— Decisions" after it: every word is already there, as often as
    // the heading has it ("## Current Current state" says one "Current" more than "Current State", and keeps it).
    private static bool SaysNoMore(string words, string name)
    {
        var named = SectionNames.Normalize(name).Split(' ').ToList();
        return SectionNames.Normalize(words).Split(' ').All(w => w.Length == 0 || named.Remove(w));
    }
}
