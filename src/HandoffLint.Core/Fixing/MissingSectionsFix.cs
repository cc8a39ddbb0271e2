using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Parsing;

namespace HandoffLint.Fixing;

/// <summary>
/// Inserts a missing required section, as its heading and one to-do line (<c>TODO(handofflint): ...</c>) that the linter
/// then reports once, where the schema's order puts it. Existing text is never moved.
/// </summary>
/// <remarks>
/// <para>Where a section goes: after the content of the nearest earlier schema section that is present, else before the
/// nearest later one. Only sections already in schema order count as anchors (the same ones the order rule accepts), so an
/// insertion never adds an order finding. A note with none of the sections gets them before its first <c>##</c> heading (after
/// the title and any preamble, where the next session and <c>head</c> read first), or at its end when it has no <c>##</c> heading.</para>
/// <para>Only a section nothing stands for is inserted: one that a heading of the note's own looks like is renamed
/// (<see cref="LookAlikeRenameFix"/>), a stamp outside its section gets its section from <see cref="LooseStampFix"/>, and a
/// section written at another heading level (<c>### What's Next</c>) is left for the user: whether to promote it, and what it
/// would then contain, is the user's call, so it is reported as skipped.</para>
/// </remarks>
internal static class MissingSectionsFix
{
    /// <summary>The to-do line under an inserted section, as the template's hint for it says.</summary>
    internal static string ToDo(SchemaSection section)
    {
        var hint = section.Key switch
        {
            SectionKeys.LastUpdated => "YYYY-MM-DD (Session N)",
            SectionKeys.CurrentState => Hint(0),
            SectionKeys.WhatWasDone => Hint(1),
            SectionKeys.WhatFailed => Hint(2),
            SectionKeys.WhatsNext => Hint(3) + ", each item starting with its priority tag",
            SectionKeys.KeyDecisions => Hint(4),
            // A section of the user's own schema.
            _ => "write " + section.Name,
        };
        return Placeholders.FixToDoMarker + " " + hint;

        static string Hint(int index) => Placeholders.TemplateHints[index].Trim('[', ']');
    }

    public static string Apply(HandoffDocument document, FixSession session, string key)
    {
        var schema = session.Options.RequiredSections;
        var text = document.Source.Text;
        var index = SchemaOrder.IndexOf(schema, key);
        var entry = document.Coverage.Find(key);
        if (index < 0 || entry is null) return text;
        if (entry.State == SectionState.AtOtherLevel)
        {
            var heading = entry.Heading!;
            var line = document.Source.LineIndexOf(Math.Max(0, heading.Span.Start)) + 1;
            var note = string.Format(CultureInfo.InvariantCulture,
                "Did not insert '## {0}': line {1} has it as a level-{2} heading '{3}'; make that '## {0}' yourself (the content under it would move into the section).",
                entry.Section.Name, line, heading.Level, entry.HeadingTitle);
            if (!session.Skipped.Contains(note)) session.Skipped.Add(note);
            return text;
        }

        if (entry.State != SectionState.Missing) return text;

        var anchors = SchemaOrder.InOrderSections(document, schema);
        var (offset, where) = SchemaOrder.InsertionPoint(document, schema, anchors, index);
        var result = TextEdit.Apply(text, new[] { new TextEdit(offset, offset, Block(document, session, offset, entry.Section, ToDo(entry.Section))) });
        if (!IsReadable(result, session, key))
        {
            // Inserted at the end of a note whose last block never closes (a code fence, an HTML block), a heading would be read as
            // part of that block. Better to insert nothing than a section that does not exist.
            session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
                "Did not insert '## {0}': where it belongs, a block above it (an unclosed code fence or HTML block?) would swallow it; close it and run 'handofflint fix' again.", entry.Section.Name));
            return text;
        }

        session.Changes.Add(string.Format(CultureInfo.InvariantCulture,
            "Inserted the missing section '## {0}' {1}, with a to-do line to replace.", entry.Section.Name, where));
        return result;
    }

    /// <summary>The text to insert at <paramref name="offset"/>: the section's heading and body, set off by blank lines.</summary>
    private static string Block(HandoffDocument document, FixSession session, int offset, SchemaSection section, string body)
    {
        var text = document.Source.Text;
        var newLine = session.NewLine;
        var builder = new StringBuilder();
        if (offset > 0)
        {
            if (text[offset - 1] != '\n' && text[offset - 1] != '\r') builder.Append(newLine);
            if (!EndsWithBlankLine(text, offset)) builder.Append(newLine);
        }

        builder.Append("## ").Append(section.Name).Append(newLine);
        builder.Append(body).Append(newLine);

        // Before a following heading, leave the blank line a reader expects; at the end of the note, the last line ends the file.
        if (offset < text.Length) builder.Append(newLine);
        return builder.ToString();
    }

    /// <summary>Whether the text just before <paramref name="offset"/> (a line start, or the end of the text) ends with a blank line.</summary>
    internal static bool EndsWithBlankLine(string text, int offset)
    {
        var i = offset;
        if (i > 0 && text[i - 1] == '\n') i--;
        if (i > 0 && text[i - 1] == '\r') i--;
        if (i == offset) return false; // the text before does not even end its line
        while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) i--;
        return i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r';
    }

    private static bool IsReadable(string fixedText, FixSession session, string key) =>
        HandoffDocument.TryParse(Text.SourceText.From(fixedText, leadingByteOrderMark: false), session.Path, session.Options, out var reparsed, out _) && reparsed?.FindSection(key) is not null;
}
