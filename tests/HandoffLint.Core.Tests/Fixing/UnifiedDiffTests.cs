using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using HandoffLint.Fixing;

namespace HandoffLint.Tests.Fixing;

/// <summary>The <c>--dry-run</c> diff: the format <c>diff -u</c> prints, applied back by an independent reader and by the real <c>patch</c>.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff()
    {
        UnifiedDiff.Create("a\nb\n", "a\nb\n", "a/x.md", "b/x.md").ShouldBe(string.Empty);
    }

    [Fact]
    public void One_changed_line_comes_with_three_lines_of_context_each_side()
    {
        var diff = UnifiedDiff.Create("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nD\ne\nf\ng\nh\n", "a/notes.md", "b/notes.md");

        diff.ShouldBe("--- a/notes.md\n+++ b/notes.md\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n");
    }

    [Fact]
    public void Lines_added_to_an_empty_text_and_all_lines_removed_use_the_zero_line_ranges()
    {
        UnifiedDiff.Create(string.Empty, "x\ny\n", "old", "new").ShouldBe("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+x\n+y\n");
        UnifiedDiff.Create("x\ny\n", string.Empty, "old", "new").ShouldBe("--- old\n+++ new\n@@ -1,2 +0,0 @@\n-x\n-y\n");
    }

    [Fact]
    public void A_missing_final_newline_is_marked_as_diff_does()
    {
        var diff = UnifiedDiff.Create("a\nb", "a\nc", "old", "new");

        diff.ShouldBe("--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n");
    }

    [Fact]
    public void Changes_far_apart_are_separate_hunks_and_changes_close_together_share_one()
    {
        var old = string.Concat(Enumerable.Range(1, 30).Select(i => $"line {i}\n"));

        var far = UnifiedDiff.Create(old, old.Replace("line 2\n", "LINE 2\n").Replace("line 25\n", "LINE 25\n"), "old", "new");
        var near = UnifiedDiff.Create(old, old.Replace("line 2\n", "LINE 2\n").Replace("line 8\n", "LINE 8\n"), "old", "new");

        Regex.Matches(far, "^@@ ", RegexOptions.Multiline).Count.ShouldBe(2);
        far.ShouldContain("@@ -1,5 +1,5 @@\n");
        far.ShouldContain("@@ -22,7 +22,7 @@\n");
        Regex.Matches(near, "^@@ ", RegexOptions.Multiline).Count.ShouldBe(1);
        near.ShouldContain("@@ -1,11 +1,11 @@\n");
    }

    [Fact]
    public void CRLF_lines_keep_their_carriage_returns_so_the_patch_reproduces_the_bytes()
    {
        var diff = UnifiedDiff.Create("a\r\nb\r\n", "a\r\nB\r\nc\r\n", "old", "new");

        diff.ShouldBe("--- old\n+++ new\n@@ -1,2 +1,3 @@\n a\r\n-b\r\n+B\r\n+c\r\n");
    }

    [Fact]
    public void Random_edits_of_every_kind_apply_back_exactly()
    {
        var random = new Random(20261123);
        for (var round = 0; round < 300; round++)
        {
            var old = RandomText(random);
            var changed = Mutate(random, old);

            var diff = UnifiedDiff.Create(old, changed, "old", "new", context: random.Next(0, 4));

            Apply(old, diff).ShouldBe(changed, $"round {round}:\n{diff}");
        }
    }

    [Fact]
    public void Above_the_comparison_budget_the_middle_is_replaced_whole_and_still_correct()
    {
        var old = new[] { 1, 2, 3, 4, 5, 6 };
        var @new = new[] { 1, 9, 3, 4, 8, 6 };
        var matches = new List<(int Old, int New)>();

        new LineMatcher(old, @new, matches, maxCells: 2).Run();

        matches.ShouldBe(new[] { (0, 0), (5, 5) });
    }

    [PatchFact]
    public void The_real_patch_tool_applies_a_fix_diff_with_p0()
    {
        var folder = Directory.CreateTempSubdirectory("handofflint-diff-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "docs"));
            var original = "## Last Updated\r\nMarch 19, 2026 (Session 12)\r\n\r\n## What's Next\r\n1. P1: Docs\r\n2. (p0) Ship\r\n";
            var result = new HandoffFixer().Fix(HandoffLint.Text.SourceText.From(original), "docs/SESSION-HANDOFF.md", new HandoffLint.Configuration.HandoffLintOptions());
            File.WriteAllText(Path.Combine(folder, "docs", "SESSION-HANDOFF.md"), original);
            var diff = UnifiedDiff.Create(result.OriginalText, result.FixedText, "docs/SESSION-HANDOFF.md", "docs/SESSION-HANDOFF.md");

            var start = new ProcessStartInfo("patch", "-p0 --binary --quiet")
            {
                WorkingDirectory = folder,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var patch = Process.Start(start)!;
            patch.StandardInput.Write(diff);
            patch.StandardInput.Close();
            var output = patch.StandardOutput.ReadToEnd() + patch.StandardError.ReadToEnd();
            patch.WaitForExit();

            patch.ExitCode.ShouldBe(0, output);
            File.ReadAllText(Path.Combine(folder, "docs", "SESSION-HANDOFF.md")).ShouldBe(result.FixedText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Applies a unified diff, read independently of the writer: hunk by hunk, checking every context and removed line.</summary>
    private static string Apply(string old, string diff)
    {
        if (diff.Length == 0) return old;
        var oldLines = Split(old);
        var diffLines = diff.Split('\n').ToList();
        if (diffLines.Count > 0 && diffLines[^1].Length == 0) diffLines.RemoveAt(diffLines.Count - 1);
        diffLines[0].ShouldStartWith("--- ");
        diffLines[1].ShouldStartWith("+++ ");

        var result = new StringBuilder();
        var oldIndex = 0;
        var i = 2;
        while (i < diffLines.Count)
        {
            var header = Regex.Match(diffLines[i], @"^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$");
            header.Success.ShouldBeTrue(diffLines[i]);
            var oldStart = int.Parse(header.Groups[1].Value);
            var oldCount = int.Parse(header.Groups[2].Value);
            var newCount = int.Parse(header.Groups[4].Value);
            var firstOld = oldCount == 0 ? oldStart : oldStart - 1;
            while (oldIndex < firstOld) result.Append(oldLines[oldIndex++]);
            i++;
            int seenOld = 0, seenNew = 0;
            while (i < diffLines.Count && !diffLines[i].StartsWith("@@ ", StringComparison.Ordinal))
            {
                var marker = diffLines[i][0];
                var noNewline = i + 1 < diffLines.Count && diffLines[i + 1].StartsWith('\\');
                var text = diffLines[i].Substring(1) + (noNewline ? string.Empty : "\n");
                if (marker is ' ' or '-')
                {
                    oldLines[oldIndex].ShouldBe(text);
                    oldIndex++;
                    seenOld++;
                }

                if (marker is ' ' or '+')
                {
                    result.Append(text);
                    seenNew++;
                }

                i += noNewline ? 2 : 1;
            }

            seenOld.ShouldBe(oldCount);
            seenNew.ShouldBe(newCount);
        }

        while (oldIndex < oldLines.Count) result.Append(oldLines[oldIndex++]);
        return result.ToString();
    }

    private static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text.Substring(start, i + 1 - start));
            start = i + 1;
        }

        if (start < text.Length) lines.Add(text.Substring(start));
        return lines;
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 25);
        for (var i = 0; i < count; i++) builder.Append(RandomLine(random));
        if (builder.Length > 0 && random.Next(4) == 0) builder.Length -= builder[builder.Length - 1] == '\n' && builder.Length > 1 && builder[builder.Length - 2] == '\r' ? 2 : 1;
        return builder.ToString();
    }

    // A small alphabet, so that equal lines recur and the matcher has real choices to make.
    private static string RandomLine(Random random) => "abcde"[random.Next(5)] + (random.Next(6) == 0 ? "\r\n" : "\n");

    private static string Mutate(Random random, string text)
    {
        var lines = Split(text);
        var edits = random.Next(0, 6);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(0, lines.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    lines.Insert(at, RandomLine(random));
                    break;
                case 1 when at < lines.Count:
                    lines.RemoveAt(at);
                    break;
                default:
                    if (at < lines.Count) lines[at] = RandomLine(random);
                    break;
            }
        }

        var result = string.Concat(lines);
        return random.Next(5) == 0 && result.EndsWith('\n') ? result.TrimEnd('\n', '\r') : result;
    }
}

/// <summary>A fact that needs the <c>patch</c> tool; skipped, saying so, where it is not on the PATH.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PatchFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when <c>patch</c> cannot be found.</summary>
    public PatchFactAttribute()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var found = path.Split(Path.PathSeparator).Any(folder => folder.Length > 0 && (File.Exists(Path.Combine(folder, "patch")) || File.Exists(Path.Combine(folder, "patch.exe"))));
        if (!found) Skip = "The 'patch' tool is not on the PATH; the diff is still checked by the test's own reader.";
    }
}
