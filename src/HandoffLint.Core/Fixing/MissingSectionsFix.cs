using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Parsing;

namespace HandoffLint.Fixing;

/// <summary>
/// Inserts each missing required section, as a heading and a placeholder the linter then asks the user to fill,
/// where the schema's order puts it. Existing text is never moved.
/// </summary>
/// <remarks>
/// <para>Where a section goes: after the content of the nearest earlier schema section that is present, else before the
/// nearest later one. Only sections already in schema order count as anchors (the same ones the order rule accepts), so an
/// insertion never adds an order finding. A note with none of the sections gets them before its first <c>##</c> heading (after
/// the title and any preamble, where the next session and <c>head</c> read first), or at its end when it has no <c>##</c> heading.</para>
/// <para>A section written at another heading level (<c>### What's Next</c>) is not duplicated: whether to promote it, and what it
/// would then contain, is the user's call, so it is reported as skipped.</para>
/// <para>A Last Updated stamp written as a line outside any section (<c>**Last updated:** 2026-09-21</c>) gets a proper
/// <c>## Last Updated</c> section holding the canonical stamp; the user's line stays where it was, word for word, because such
/// lines often carry more than the date (a status, a pointer). It is the user's to delete once it only repeats the date.</para>
/// </remarks>
internal static class MissingSectionsFix
{
    /// <summary>The placeholder for a Last Updated section whose stamp is unknown: the linter reports it, and nothing is invented.</summary>
    internal const string StampPlaceholder = "[YYYY-MM-DD (Session N)]";

    public static string Apply(HandoffDocument document, FixSession session)
    {
        var schema = session.Options.RequiredSections;
        var text = document.Source.Text;
        var anchors = SchemaOrder.InOrderSections(document, schema);
        var insertions = new List<(int Offset, int SchemaIndex, SchemaSection Section, string Body, string Where)>();
        for (var index = 0; index < schema.Count; index++)
        {
            var wanted = schema[index];
            var found = document.FindSection(wanted.Key);
            if (found is not null)
            {
                if (found.Heading.Level != 2)
                {
                    session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
                        "Did not insert '## {0}': line {1} has it as a level-{2} heading '{3}'; make that '## {0}' yourself (the content under it would move into the section).",
                        wanted.Name, document.Source.LineIndexOf(Math.Max(0, found.Heading.Span.Start)) + 1, found.Heading.Level, found.Title));
                }

                continue;
            }

            var (offset, where) = SchemaOrder.InsertionPoint(document, schema, anchors, index);
            insertions.Add((offset, index, wanted, Body(document, wanted), where));
        }

        if (insertions.Count == 0) return text;

        var edits = new List<TextEdit>();
        foreach (var group in insertions.GroupBy(i => i.Offset).OrderBy(g => g.Key))
        {
            var sections = group.OrderBy(i => i.SchemaIndex).Select(i => (i.Section, i.Body)).ToList();
            edits.Add(new TextEdit(group.Key, group.Key, Block(document, session, group.Key, sections)));
        }

        var result = TextEdit.Apply(text, edits);
        if (!AllReadable(result, session, insertions.Select(i => i.Section.Key)))
        {
            // Inserted at the end of a note whose last block never closes (a code fence, an HTML block), a heading would be read as
            // part of that block. Better to insert nothing than sections that do not exist.
            session.Skipped.Add("Did not insert the missing sections: where they belong, a block above them (an unclosed code fence or HTML block?) would swallow them; close it and run 'handofflint fix' again.");
            return text;
        }

        foreach (var insertion in insertions)
        {
            var what = Placeholders.IsPlaceholder(insertion.Body) ? "with a placeholder to fill in" : $"holding the stamp '{insertion.Body}' read from line {StampLine(document)}";
            session.Changes.Add(string.Format(CultureInfo.InvariantCulture,
                "Inserted the missing section '## {0}' {1}, {2}.", insertion.Section.Name, insertion.Where, what));
        }

        return result;
    }

    /// <summary>The text to insert at <paramref name="offset"/>: the sections, each a heading and its body, set off by blank lines.</summary>
    private static string Block(HandoffDocument document, FixSession session, int offset, List<(SchemaSection Section, string Body)> sections)
    {
        var text = document.Source.Text;
        var newLine = session.NewLine;
        var builder = new StringBuilder();
        if (offset > 0)
        {
            if (text[offset - 1] != '\n' && text[offset - 1] != '\r') builder.Append(newLine);
            if (!EndsWithBlankLine(text, offset)) builder.Append(newLine);
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (i > 0) builder.Append(newLine);
            builder.Append("## ").Append(sections[i].Section.Name).Append(newLine);
            builder.Append(sections[i].Body).Append(newLine);
        }

        // Before a following heading, leave the blank line a reader expects; at the end of the note, the last line ends the file.
        if (offset < text.Length) builder.Append(newLine);
        return builder.ToString();
    }

    /// <summary>Whether the text just before <paramref name="offset"/> (a line start, or the end of the text) ends with a blank line.</summary>
    private static bool EndsWithBlankLine(string text, int offset)
    {
        var i = offset;
        if (i > 0 && text[i - 1] == '\n') i--;
        if (i > 0 && text[i - 1] == '\r') i--;
        if (i == offset) return false; // the text before does not even end its line
        while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) i--;
        return i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r';
    }

    private static string Body(HandoffDocument document, SchemaSection section)
    {
        switch (section.Key)
        {
            case SectionKeys.LastUpdated:
                return document.Stamp is { Source: StampSource.Line } stamp ? stamp.ToCanonical() ?? StampPlaceholder : StampPlaceholder;
            case SectionKeys.CurrentState:
                return Placeholders.TemplateHints[0];
            case SectionKeys.WhatWasDone:
                return Placeholders.TemplateHints[1];
            case SectionKeys.WhatFailed:
                return Placeholders.TemplateHints[2];
            case SectionKeys.WhatsNext:
                return Placeholders.TemplateHints[3];
            case SectionKeys.KeyDecisions:
                return Placeholders.TemplateHints[4];
            default:
                // A section of the user's own schema: a hint in the template's style, which the placeholder rule recognises.
                return "[" + section.Name.Replace("[", string.Empty).Replace("]", string.Empty).Trim() + ": fill this in]";
        }
    }

    private static int StampLine(HandoffDocument document) => document.Stamp is null ? 0 : document.Source.LineIndexOf(document.Stamp.Start) + 1;

    private static bool AllReadable(string fixedText, FixSession session, IEnumerable<string> keys)
    {
        if (!HandoffDocument.TryParse(Text.SourceText.From(fixedText), session.Path, session.Options, out var reparsed, out _) || reparsed is null) return false;
        return keys.All(key => reparsed.FindSection(key) is not null);
    }
}
