using System;
using System.Linq;
using System.Text;
using CsCheck;

namespace HandoffLint.Fuzz;

/// <summary>
/// Generators of handoff notes built from the Markdown constructs real notes use (headings of every kind, lists, quotes,
/// fences, HTML, tables, front matter, suppression comments, stamps, priority tags), with the Unicode and line-ending
/// oddities that break text tools. Every generator shrinks (CsCheck), so a failure reduces to a small note.
/// </summary>
public static class NoteGenerators
{
    private static readonly string[] SectionNames =
    {
        "Last Updated", "Current State", "What Was Done This Session", "What Failed", "What's Next", "Key Decisions",
        "Whats Next", "What’s Next", "WHAT'S NEXT", "Next Steps", "Next", "Decisions", "Status", "Done", "Failed",
        "What Was Done", "Blockers", "Notes", "TODO", "Last updated: 2026-03-31 (Session 30)", "Last Updated: Session 47",
        "**Last Updated**", "Current State 🚧", "What's Next (P0 first)", "", "#", "Session Handoff", "Handoff",
    };

    private static readonly string[] Words =
    {
        "the", "importer", "reads", "CSV", "parser", "fixed", "tests", "pass", "TODO", "TBD", "[fill in]", "failed",
        "because", "x", "P0", "P1", "[P2]", "Session", "12", "2026-03-31", "`code`", "**bold**", "_it_", "*", "[", "]",
        "(", ")", "[a](", "[link](http://x)", "<br>", "&amp;", "\\", "|", "~~", "<!--", "-->", "#", "---", "http://example.com",
        "ghp_" + new string('a', 36), "password=hunter2", "AKIA" + new string('B', 16), "→", "…", "中文", "עברית", "🙂",
    };

    private static readonly string[] Stamps =
    {
        "2026-03-31 (Session 30)", "2026-11-22 (Session 12)", "Session 47", "March 19, 2026", "19 March 2026 (Session 3)",
        "2026/03/31", "31/03/2026", "03/31/2026 Session 4", "2026-13-45 (Session -1)", "2026-11-2r", "2026-02-30 (Session 0)",
        "9999-12-31 (Session 99999999999)", "yesterday", "", "2026-03-31 (Session 30) — after the release",
        "**Last updated:** 2026-09-21", "Last Updated: 2026-03-31 (Session 30)", "_2026-03-31_ (session 5)", "2026-03-31T10:00:00Z",
    };

    private static readonly string[] Tags =
    {
        "[P0] ", "[P1] ", "[P2] ", "[p0] ", "P0: ", "P1 - ", "(P2) ", "**P0** ", "[P3] ", "[P0][P1] ", "[P0]", "[ P1 ] ",
        "[P9999999999] ", "", "", "", "[x] ", "[ ] ",
    };

    /// <summary>Characters that break text tools: controls, bidi, separators, BOMs, surrogates (paired and lone), emoji, combining marks.</summary>
    private static readonly string[] OddCharacters =
    {
        "\u0000", "\u001b[31m", "\u001b]0;title\u0007", "\u202E", "\u2066", "\u200B", "\u200D", "\u2028", "\u2029", "\u0085",
        "\u00A0", "\uFEFF", "\uD83D\uDE00", "\uD83D", "\uDE00", "e\u0301", "\u3000", "\t", "\v", "\f", "\u007F", "\u061C",
        "\uFFFD", "\uFFFF", "ﬀ", "İ", "ß", "\r", "\n",
    };

    private static readonly Gen<string> Word = Gen.OneOf(Words);

    /// <summary>One of the characters that break text tools.</summary>
    public static readonly Gen<string> OddCharacter = Gen.OneOf(OddCharacters);

    /// <summary>A run of words, sometimes with an odd character among them.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
            (8, Word),
            (1, OddCharacter),
            (1, Gen.Char.AlphaNumeric.Select(c => c.ToString())),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 12]
        .Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> SectionName = Gen.Frequency((6, Gen.OneOf(SectionNames)), (1, Text));

    /// <summary>ATX and setext headings of every level, with odd spacing, closing hashes and indentation.</summary>
    public static readonly Gen<string> Heading = Gen.OneOf(
        Gen.Select(Gen.Int[1, 7], SectionName, Gen.OneOf("", " ", "   ", "\t"), Gen.OneOf("", " ##", " #######", "#", " #  "), Gen.OneOf("", " ", "  ", "    ", "\t"),
            (level, name, gap, closing, indent) => indent + new string('#', level) + (gap.Length == 0 && name.Length > 0 ? " " : gap) + name + closing),
        Gen.Select(Gen.Int[1, 7], SectionName, (level, name) => new string('#', level) + name),
        Gen.Select(SectionName, Gen.OneOf("===", "---", "-", "=", "- - -", "  ---", "==="), (name, underline) => name + "\n" + underline));

    /// <summary>A Last Updated stamp as people write it, as a line or under its heading.</summary>
    public static readonly Gen<string> Stamp = Gen.OneOf(
        Gen.OneOf(Stamps),
        Gen.OneOf(Stamps).Select(s => "## Last Updated\n" + s),
        Gen.OneOf(Stamps).Select(s => "## Last Updated: " + s),
        Gen.OneOf(Stamps).Select(s => "**Last updated:** " + s),
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Int[-5, 100_000], (y, m, d, n) => $"{y:D4}-{m:D2}-{d:D2} (Session {n})"));

    private static readonly Gen<string> ListMarker = Gen.OneOf("- ", "* ", "+ ", "1. ", "2) ", "10. ", "-", "- [ ] ", "- [x] ", "•  ");

    /// <summary>List items with priority tags, nesting, continuation lines and odd indentation.</summary>
    public static readonly Gen<string> ListItem = Gen.Select(
        Gen.OneOf("", "  ", "    ", "\t", "      ", "        ", " "),
        ListMarker,
        Gen.OneOf(Tags),
        Text,
        Gen.Frequency((4, Gen.Const(string.Empty)), (1, Text.Select(t => "\n  " + t))),
        (indent, marker, tag, text, continuation) => indent + marker + tag + text + continuation);

    /// <summary>
    /// One construct repeated hundreds or thousands of times: the inputs that make parsers super-linear (unclosed links,
    /// setext underlines, deep indentation, emphasis runs, brackets, quotes, nested lists).
    /// </summary>
    public static readonly Gen<string> Repetition = Gen.Select(
        Gen.OneOf("[a](", "X\n---\n", "X\n===\n", "*", "_a", "[", "]", "![", "`", "<!--", "<a ", "> ", "- ", "1. ", "  ", "    - x\n", "\\", "&#", "|", "~~", "**a", "[a]: ", "<", "\t"),
        Gen.Int[50, 3000],
        Gen.OneOf(string.Empty, "## What's Next\n", "## Last Updated\n2026-03-31 (Session 1)\n\n## What's Next\n- [P0] "),
        (unit, times, prefix) => prefix + string.Concat(Enumerable.Repeat(unit, times)));

    private static readonly Gen<string> Block = Gen.Frequency(
        (10, Heading),
        (12, ListItem),
        (6, Text),
        (4, Stamp),
        (2, Gen.Select(Gen.Int[1, 4], Text, (depth, t) => string.Concat(Enumerable.Repeat("> ", depth)) + t)),
        (2, Gen.Select(Gen.OneOf("```", "~~~", "````", "```markdown", "~~~ yaml"), Text.Array[0, 4], Gen.Bool,
            (fence, lines, closed) => fence + "\n" + string.Join("\n", lines) + (closed ? "\n" + fence.Substring(0, 3) : string.Empty))),
        (1, Text.Select(t => "    " + t)),
        (2, Gen.OneOf(
            "<!-- handofflint-disable HL0016 -->", "<!-- handofflint-enable HL0016 -->", "<!-- handofflint-disable -->", "<!-- handofflint-enable -->",
            "<!-- handofflint-disable-next-line HL0017, HL0016 -->", "<!-- handofflint-disable-file HL0003 -->", "<!-- handofflint-disable-line -->",
            "<!-- handofflint-disable HL0001 HL0002 HL0003 HL0004 HL0005 HL0006 HL0007 HL0008 -->", "<!-- a comment -->", "<!--",
            "<!-- unclosed comment", "-->", "<details>\n<summary>Old sessions</summary>\n\n- old\n</details>", "<div>", "</div>", "<br/>")),
        (1, Gen.Select(Text, Text, (a, b) => $"| {a} | {b} |\n| --- | --- |\n| {b} | {a} |")),
        (1, Gen.OneOf("---", "***", "___", "- - -")),
        (1, Gen.Const(string.Empty)),
        (1, Repetition));

    /// <summary>
    /// A whole note: optional front matter, then blocks, joined by \n, \r\n, \r or a mix, with optional byte order marks in
    /// front (one, or a run of them).
    /// </summary>
    public static readonly Gen<string> Note = Gen.Select(
        Gen.Frequency((8, Gen.Const(string.Empty)), (1, Gen.Const("\uFEFF")), (1, Gen.Const("\uFEFF\uFEFF")), (1, Gen.Const("\uFEFF\uFEFF\uFEFF"))),
        Gen.Frequency((9, Gen.Const(string.Empty)), (1, Gen.OneOf("---\ntitle: Handoff\ndate: 2026-03-31\n---\n", "---\n---\n", "---\nunclosed: front matter\n", "+++\ntoml = 1\n+++\n"))),
        Block.Array[0, 40],
        Gen.OneOf("\n", "\r\n", "\r", "mixed"),
        Gen.Bool,
        (bom, frontMatter, blocks, newLine, trailing) => bom + Join(frontMatter + string.Join("\n\n", blocks) + (trailing ? "\n" : string.Empty), newLine));

    /// <summary>The text with its line endings rewritten; "mixed" picks one per line.</summary>
    public static string Join(string text, string newLine)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (newLine != "mixed") return string.Join(newLine, lines);
        var builder = new StringBuilder(text.Length + lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) builder.Append((lines[i - 1].Length % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
            builder.Append(lines[i]);
        }

        return builder.ToString();
    }
}
