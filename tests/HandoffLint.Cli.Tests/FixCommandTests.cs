using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary><c>handofflint fix</c>: the core fixer's unambiguous fixes, written atomically, idempotent.</summary>
public sealed class FixCommandTests
{
    private const string Note = "docs/SESSION-HANDOFF.md";

    private static readonly Regex ListLine = new(@"^\s*([-*+]|\d+[.)])(\s|$)|^\s", RegexOptions.CultureInvariant);
    private static readonly Regex Word = new(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    };

    [Fact]
    public void Dry_run_prints_the_diff_and_writes_nothing()
    {
        using var repo = RepositoryWith(Fixtures.Text("findings.md"));
        var before = repo.ReadBytes(Note);

        var result = CliProcess.Run(repo.Path, "fix", "--dry-run");

        result.ExitCode.ShouldBe(0, result.ToString());
        repo.ReadBytes(Note).ShouldBe(before);
        Golden.Verify("fix-dry-run.diff", result.StdOut);
        result.StdErr.ShouldContain("would fix: ");
    }

    [Fact]
    public void Fix_writes_the_fixes_and_a_second_run_changes_nothing()
    {
        using var repo = RepositoryWith(Fixtures.Text("findings.md"));
        var dryRun = CliProcess.Run(repo.Path, "fix", "--dry-run");

        var first = CliProcess.Run(repo.Path, "fix");
        var afterFirst = repo.ReadBytes(Note);
        var second = CliProcess.Run(repo.Path, "fix");

        first.ExitCode.ShouldBe(0, first.ToString());
        first.StdOut.ShouldStartWith("fixed docs/SESSION-HANDOFF.md:\n  - ");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.StdOut.ShouldStartWith("docs/SESSION-HANDOFF.md: nothing to fix\n");
        repo.ReadBytes(Note).ShouldBe(afterFirst);
        Golden.Verify("fix-result.md", repo.Read(Note));

        // The dry run showed what the real run did: every line it adds is in the written note.
        dryRun.StdOut.ShouldNotBeEmpty();
        dryRun.StdOut.Split('\n').Where(l => l.StartsWith('+') && !l.StartsWith("+++")).Select(l => l.Substring(1))
            .ShouldAllBe(added => repo.Read(Note).Split('\n').Contains(added));
    }

    [Fact]
    public void Fix_keeps_the_byte_order_mark_and_CRLF_line_endings()
    {
        using var repo = new TempFolder();
        var text = Fixtures.Text("findings.md").Replace("\r\n", "\n").Replace("\n", "\r\n");
        repo.WriteBytes(Note, new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray());

        var result = CliProcess.Run(repo.Path, "fix");

        result.ExitCode.ShouldBe(0, result.ToString());
        var bytes = repo.ReadBytes(Note);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var written = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        written.ShouldNotBe(text);
        written.Replace("\r\n", string.Empty).ShouldNotContain("\n");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Fix_keeps_every_byte_order_mark_and_a_second_fix_changes_nothing(int marks)
    {
        // Before: each fix deleted one U+FEFF, said "fixed" with no change listed, and the next fix did it again.
        using var repo = new TempFolder();
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var text = Fixtures.Text("findings.md").Replace("\r\n", "\n");
        repo.WriteBytes(Note, Enumerable.Repeat(bom, marks).SelectMany(b => b).Concat(Encoding.UTF8.GetBytes(text)).ToArray());

        var first = CliProcess.Run(repo.Path, "fix");
        var once = repo.ReadBytes(Note);
        var second = CliProcess.Run(repo.Path, "fix");

        first.ExitCode.ShouldBe(0, first.ToString());
        once.Take(3 * marks).ShouldBe(Enumerable.Repeat(bom, marks).SelectMany(b => b));
        second.ExitCode.ShouldBe(0, second.ToString());
        repo.ReadBytes(Note).ShouldBe(once, second.ToString());
    }

    [UnixFact("Hard links are made here with POSIX link(2).")]
    public void Fix_of_a_note_with_another_hard_link_says_that_the_other_name_keeps_the_old_text()
    {
        using var repo = RepositoryWith(Fixtures.Text("findings.md"));
        var other = Path.Combine(repo.Path, "copy-of-the-note.md");
        var before = File.ReadAllText(repo[Note]);
        using (var ln = System.Diagnostics.Process.Start("ln", new[] { repo[Note], other }))
        {
            ln.WaitForExit(30_000).ShouldBeTrue();
            ln.ExitCode.ShouldBe(0);
        }

        var result = CliProcess.Run(repo.Path, "fix");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.ErrorLines.ShouldHaveSingleItem().ShouldBe($"handofflint: {Note} had 1 other hard link; fix wrote a new file, so that name keeps the old text");
        File.ReadAllText(other).ShouldBe(before);
        File.ReadAllText(repo[Note]).ShouldNotBe(before);
    }

    [UnixFact("File modes are POSIX modes.")]
    [UnsupportedOSPlatform("windows")]
    public void Fix_keeps_the_file_mode()
    {
        using var repo = RepositoryWith(Fixtures.Text("findings.md"));
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(repo[Note], mode);

        CliProcess.Run(repo.Path, "fix").ExitCode.ShouldBe(0);

        File.GetUnixFileMode(repo[Note]).ShouldBe(mode);
    }

    [Fact]
    public void A_read_only_note_is_not_changed_and_the_failure_is_one_line()
    {
        using var repo = RepositoryWith(Fixtures.Text("findings.md"));
        var before = repo.ReadBytes(Note);
        File.SetAttributes(repo[Note], FileAttributes.ReadOnly);

        var result = CliProcess.Run(repo.Path, "fix");

        result.ExitCode.ShouldBe(2, result.ToString());
        result.ErrorLines.Length.ShouldBe(1, result.ToString());
        result.ErrorLines[0].ShouldStartWith("handofflint: error: ");
        result.ErrorLines[0].ShouldContain("read-only");
        repo.ReadBytes(Note).ShouldBe(before);
    }

    [Fact]
    public void Dry_run_on_a_note_with_nothing_to_fix_prints_no_diff()
    {
        using var repo = RepositoryWith(Fixtures.Text("clean.md"));

        var result = CliProcess.Run(repo.Path, "fix", "--dry-run");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldBe("docs/SESSION-HANDOFF.md: nothing to fix\n");
    }

    public static TheoryData<string> CorpusNotes()
    {
        var data = new TheoryData<string>();
        if (Fixtures.CorpusSkipReason is not null)
        {
            data.Add("(absent)");
            return data;
        }

        foreach (var file in Directory.GetFiles(Fixtures.CorpusFolder, "*.md").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>
    /// Every real note: fix succeeds, a second fix changes nothing, every line of the user's is still there (verbatim, or with
    /// only its priority tag or date respelt) and the lines that cannot move keep their order, and the result lints.
    /// </summary>
    [CorpusTheory]
    [MemberData(nameof(CorpusNotes))]
    public void Fix_on_a_real_note_is_idempotent_keeps_the_users_lines_and_lints(string name)
    {
        using var repo = new TempFolder();
        var original = File.ReadAllBytes(Path.Combine(Fixtures.CorpusFolder, name));
        repo.WriteBytes(Note, original);

        var first = CliProcess.Run(repo.Path, "fix");
        first.ExitCode.ShouldBe(0, first.ToString());
        var fixedBytes = repo.ReadBytes(Note);
        var second = CliProcess.Run(repo.Path, "fix");
        second.ExitCode.ShouldBe(0, second.ToString());
        second.StdOut.ShouldStartWith("docs/SESSION-HANDOFF.md: nothing to fix\n", customMessage: second.ToString());
        repo.ReadBytes(Note).ShouldBe(fixedBytes);

        var before = Lines(Encoding.UTF8.GetString(original));
        var after = Lines(Encoding.UTF8.GetString(fixedBytes));
        var afterSet = new HashSet<string>(after, StringComparer.Ordinal);
        foreach (var line in before.Where(l => !afterSet.Contains(l)))
        {
            // A rewritten line keeps every word but a priority tag or a month name (P0: -> [P0], March 3, 2026 -> 2026-03-03).
            var words = Words(line);
            after.ShouldContain(candidate => words.IsSubsetOf(Words(candidate)), $"The line '{line}' of {name} is gone after fix.");
        }

        // Lines outside lists (headings, paragraphs) never move; list items may be sorted by priority.
        var fixedLines = before.Where(l => afterSet.Contains(l) && !ListLine.IsMatch(l) && l.Trim().Length > 0).ToList();
        IsSubsequence(fixedLines, after).ShouldBeTrue($"The user's lines of {name} changed order.");

        var lint = CliProcess.Run(repo.Path, "lint", "--no-git", "--format", "json");
        lint.ExitCode.ShouldNotBe(2, lint.ToString());
        using var json = JsonDocument.Parse(lint.StdOut);
        var ids = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToArray();
        ids.ShouldNotContain("HL9999", lint.StdOut);
        ids.ShouldNotContain("HL0002", lint.StdOut);
    }

    private static List<string> Lines(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();

    private static HashSet<string> Words(string line) =>
        new(Word.Matches(line).Select(m => m.Value.ToLowerInvariant()).Where(w => !Regex.IsMatch(w, @"^p\d$") && !Months.Contains(w) && !Regex.IsMatch(w, @"^\d+$")), StringComparer.Ordinal);

    private static bool IsSubsequence(List<string> needles, List<string> haystack)
    {
        var at = 0;
        foreach (var needle in needles)
        {
            while (at < haystack.Count && haystack[at] != needle) at++;
            if (at == haystack.Count) return false;
            at++;
        }

        return true;
    }

    private static TempFolder RepositoryWith(string text)
    {
        var repo = new TempFolder();
        repo.Write(Note, text);
        return repo;
    }
}
