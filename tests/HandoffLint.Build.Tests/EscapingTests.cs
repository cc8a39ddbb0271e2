using System;
using System.Linq;
using HandoffLint.Build.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>
/// A note is text anyone can write, and the build prints pieces of it. Control characters (ESC starts a terminal sequence),
/// bidi overrides (U+202E reorders what a CI log shows) and line breaks must reach the build log escaped, each finding one
/// canonical line (issue 13).
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class EscapingTests
{
    private const string Esc = "\u001B";
    private const string RightToLeftOverride = "\u202E";

    private readonly PackageFixture _package;

    public EscapingTests(PackageFixture package) => _package = package;

    [Fact]
    public void Control_bidi_and_line_break_characters_in_headings_print_escaped_on_one_line()
    {
        // Empty sections are reported with their heading: one with ESC and U+202E in it, an ATX heading line broken by a
        // lone CR (two headings, as Markdown reads a CR), and a setext heading written over two CRLF lines.
        var note = Notes.Conforming().Replace("\r\n", "\n").Replace("\n", "\r\n")
            + "\r\n## Red " + Esc + "[31m alert " + RightToLeftOverride + "txt.exe\r\n"
            + "\r\n## Carriage\r## Return\r\n"
            + "\r\nSetext over\r\ntwo lines\r\n---\r\n";
        var consumer = _package.CreateConsumer("escaping").WriteProject().WriteNote(note).CommitAll();

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldNotContain(Esc, Case.Sensitive, "no raw ESC reaches the build log");
        build.Output.ShouldNotContain(RightToLeftOverride, Case.Sensitive, "no raw bidi override reaches the build log");
        var findings = build.FindingsOf("warning", "HL0006");
        findings.Count.ShouldBe(4, build.ToString());
        findings.ShouldAllBe(l => l.StartsWith(consumer.NotePath + "(", StringComparison.Ordinal), build.ToString());
        findings[0].ShouldStartWith($"{consumer.NotePath}(22,1): warning HL0006: Section '## Red \\u001B[31m alert \\u202Etxt.exe' is empty");
        findings[1].ShouldStartWith($"{consumer.NotePath}(24,1): warning HL0006: Section '## Carriage' is empty");
        findings[2].ShouldStartWith($"{consumer.NotePath}(25,1): warning HL0006: Section '## Return' is empty");
        findings[3].ShouldStartWith($"{consumer.NotePath}(27,1): warning HL0006: Section '## Setext over' is empty");
        // Every line naming the code is a whole finding: nothing of a heading spilled onto a line of its own.
        build.BuildLines.Count(l => l.Contains("HL0006", StringComparison.Ordinal)).ShouldBe(findings.Count, build.ToString());
        build.Lines.ShouldNotContain(l => l.TrimStart().StartsWith("## Return", StringComparison.Ordinal) || l.TrimStart().StartsWith("two lines", StringComparison.Ordinal), build.ToString());
    }
}
