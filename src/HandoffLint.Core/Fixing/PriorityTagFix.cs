using System;
using System.Collections.Generic;
using System.Globalization;
using HandoffLint.Parsing;

namespace HandoffLint.Fixing;

/// <summary>
/// Rewrites a configured tag in another spelling (<c>P0:</c>, <c>(P0)</c>, <c>[p0]</c>, <c>**P0**</c>) as the canonical
/// <c>[P0]</c> followed by one space. Only the tag prefix changes; the item's words stay as written.
/// </summary>
internal static class PriorityTagFix
{
    public static string Apply(HandoffDocument document, FixSession session)
    {
        var text = document.Source.Text;
        var edits = new List<TextEdit>();
        foreach (var item in NextStepsReader.Read(document, session.Options))
        {
            if (item.Kind != PriorityTagKind.Misspelt || item.Tag is null || item.PrefixLength <= 0) continue;
            var line = document.Source.LineIndexOf(item.ContentStart) + 1;
            var prefixEnd = item.ContentStart + item.PrefixLength;
            var lineEnd = document.Source.LineEnd(line - 1);
            if (prefixEnd > lineEnd) continue;

            var prefix = text.Substring(item.ContentStart, item.PrefixLength);
            var reopen = Reopening(prefix, item.Tag);
            if (reopen is null)
            {
                session.Skipped.Add(string.Format(CultureInfo.InvariantCulture,
                    "Left the priority tag '{0}' on line {1} as written: its emphasis markers do not pair up, so rewriting it could change the item's formatting; write it as '[{2}]' yourself.",
                    prefix.Trim(), line, item.Tag));
                continue;
            }

            // The prefix ends at the tag's own punctuation; the blanks after it are replaced too, so the result has exactly one space.
            var end = prefixEnd;
            while (end < lineEnd && (text[end] == ' ' || text[end] == '\t')) end++;
            var replacement = "[" + item.Tag + "]" + (end < lineEnd ? " " + reopen : string.Empty);
            edits.Add(new TextEdit(item.ContentStart, end, replacement));
            session.Changes.Add(string.Format(CultureInfo.InvariantCulture,
                "Rewrote the priority tag '{0}' on line {1} as '[{2}]'.", prefix.Trim(), line, item.Tag));
        }

        return TextEdit.Apply(text, edits);
    }

    /// <summary>
    /// The emphasis to reopen after the new tag: empty when the prefix's emphasis is closed inside it (<c>**P0**:</c>),
    /// the opening markers when the emphasis runs on into the item's text (<c>**P0 - Fix it**</c> gives <c>[P0] **Fix it**</c>),
    /// or null when the markers do not pair up and the fix would be a guess.
    /// </summary>
    internal static string? Reopening(string prefix, string tag)
    {
        var trimmed = prefix.Trim();
        var lead = 0;
        while (lead < trimmed.Length && IsEmphasis(trimmed[lead])) lead++;
        var tagAt = trimmed.IndexOf(tag, lead, StringComparison.OrdinalIgnoreCase);
        if (tagAt < 0) return null;

        // After the tag: an optional closing bracket, blanks, then the trailing emphasis run, then a separator.
        var after = tagAt + tag.Length;
        while (after < trimmed.Length && (trimmed[after] == ')' || trimmed[after] == ']' || char.IsWhiteSpace(trimmed[after]))) after++;
        var trailStart = after;
        while (after < trimmed.Length && IsEmphasis(trimmed[after])) after++;
        var leading = trimmed.Substring(0, lead);
        var trailing = trimmed.Substring(trailStart, after - trailStart);

        if (string.Equals(leading, trailing, StringComparison.Ordinal)) return string.Empty;
        if (trailing.Length == 0) return leading;
        return null;
    }

    private static bool IsEmphasis(char c) => c == '*' || c == '_';
}
