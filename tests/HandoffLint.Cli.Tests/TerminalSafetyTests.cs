using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// What the CLI prints from a note or a path is escaped: a file name or note text with ESC, U+202E or a line break cannot
/// rewrite the terminal or break the canonical one-line-per-finding output that editors and CI parse.
/// </summary>
public sealed class TerminalSafetyTests
{
    private const string EvilNote = "## Last Updated\nSession 4 \u001b[2J\u001b[31m\u202Eevil\rsrc/x.cs(1,1): error CS0001: fake\n\n## What's Next\n- [P9\u001b[0m] later\n";
    private static readonly Regex Canonical = new(@"^\S.*?(\(\d+,\d+\))?: (warning|error|info) HL\d{4}: [^\r\n]+$");

    [Fact]
    public void Lint_prints_note_text_and_paths_escaped_one_line_per_finding()
    {
        using var folder = new TempFolder();
        var evilName = "docs/evil\u001b]0;pwned\u0007\nname\u202E.md";
        folder.Write(evilName, EvilNote);

        var result = CliProcess.Run(folder.Path, "lint", "--no-git", evilName);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldNotContain("\u001b");
        result.StdOut.ShouldNotContain("\u202E");
        var lines = result.StdOut.TrimEnd('\n').Split('\n');
        lines.Take(lines.Length - 1).ShouldAllBe(l => Canonical.IsMatch(l) && l.StartsWith("docs/evil\\u001B]0;pwned\\u0007\\u000Aname\\u202E.md", System.StringComparison.Ordinal));
        lines.Last().ShouldStartWith("docs/evil\\u001B]0;pwned\\u0007\\u000Aname\\u202E.md: ");
        result.StdOut.ShouldContain("\\u001B[2J\\u001B[31m\\u202Eevil");
    }

    [Fact]
    public void Fix_and_errors_print_paths_escaped()
    {
        using var folder = new TempFolder();
        var evilName = "evil\u001b[31m.md";
        folder.Write(evilName, "## Last Updated\n2026-11-22 (Session 2)\n");

        var fix = CliProcess.Run(folder.Path, "fix", evilName);
        var missing = CliProcess.Run(folder.Path, "lint", "nothere\u001b[2J.md");

        fix.ExitCode.ShouldBe(0, fix.ToString());
        fix.StdOut.ShouldStartWith("fixed evil\\u001B[31m.md:");
        fix.StdOut.ShouldNotContain("\u001b");
        // '[2J' is a bracket expression, so the CLI takes the name as a glob: what matters is that the echo is escaped.
        missing.ErrorLines.ShouldHaveSingleItem().ShouldBe("handofflint: error: 'nothere\\u001B[2J.md' matches no file");
    }

    [Fact]
    public void Hook_warnings_print_paths_escaped()
    {
        using var repository = new HookRepository();
        var note = "docs/\u001b[31mnote\u202E.md";
        NotAFile.Create("folder", repository.Folder[note]);

        var result = repository.Hook(repository.SessionStart(), "claude", "session-start", "--note", note);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldNotContain("\u001b");
        result.ErrorLines.ShouldHaveSingleItem().ShouldBe("handofflint: the handoff note docs/\\u001B[31mnote\\u202E.md cannot be read: it is a folder, not a file; nothing was checked");
    }
}
