using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using HandoffLint;
using HandoffLint.Configuration;
using HandoffLint.Git;

namespace HandoffLint.Benchmarks;

/// <summary>
/// What the git rules (HL0030-HL0035) add to a lint of a note on disk, in a repository of 10,000 commits built with
/// <c>git fast-import</c>. Goal: at most 30 ms over the same lint without them.
/// <list type="bullet">
/// <item><c>Recent</c>: the note is rewritten every 10 commits, last 2 commits ago (the handoff pattern at work).</item>
/// <item><c>Old</c>: the note was committed once, 9,999 commits ago, so git walks the whole history to find its last change.</item>
/// </list>
/// "cold" clears the cross-lint cache first, as the first project of a build sees it; "cached" is every other project.
/// </summary>
[MemoryDiagnoser]
public class GitRulesBenchmarks
{
    private const int CommitCount = 10_000;
    private readonly HandoffLinter _linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));
    private string _root = string.Empty;
    private string _note = string.Empty;

    /// <summary>How long ago the note last changed.</summary>
    [Params("Recent", "Old")]
    public string NoteHistory { get; set; } = "Recent";

    [GlobalSetup]
    public void CreateRepository()
    {
        _root = Path.Combine(Path.GetTempPath(), "handofflint-bench-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(_root);
        Git(null, "init", "--quiet", "--initial-branch=main");
        Git(History(NoteHistory == "Recent" ? 10 : 0), "fast-import", "--quiet");
        Git(null, "reset", "--quiet", "--hard");
        // A base branch 20 commits back, for the gate.
        Git(null, "branch", "base", "HEAD~20");
        _note = Path.Combine(_root, "docs", "SESSION-HANDOFF.md");
        GitFacts.ClearCache();
    }

    [GlobalCleanup]
    public void DeleteRepository()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Benchmark(Baseline = true, Description = "lint without git rules")]
    public object WithoutGitRules() => _linter.Lint(new LintRequest(_note) { Configure = o => o.GitRulesEnabled = false });

    [Benchmark(Description = "lint with git rules, cold")]
    public object WithGitRulesCold()
    {
        GitFacts.ClearCache();
        return _linter.Lint(new LintRequest(_note));
    }

    [Benchmark(Description = "lint with git rules, cached")]
    public object WithGitRulesCached() => _linter.Lint(new LintRequest(_note));

    [Benchmark(Description = "lint with git rules + --working-tree + --base, cold")]
    public object WithEverythingCold()
    {
        GitFacts.ClearCache();
        return _linter.Lint(new LintRequest(_note)
        {
            Configure = o =>
            {
                o.CheckWorkingTree = true;
                o.BaseRef = "base";
            },
        });
    }

    /// <summary>A fast-import stream: commit i changes one of 500 source files; the note changes every <paramref name="noteEvery"/> commits, two before the end (0: only in the first).</summary>
    private static string History(int noteEvery)
    {
        var stream = new StringBuilder();
        var start = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var session = 0;
        for (var i = 1; i <= CommitCount; i++)
        {
            var when = start.AddMinutes(i * 10);
            var seconds = when.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var message = "Change " + i.ToString(CultureInfo.InvariantCulture);
            stream.Append("commit refs/heads/main\n");
            stream.Append("author Bench <bench@example.com> ").Append(seconds).Append(" +0000\n");
            stream.Append("committer Bench <bench@example.com> ").Append(seconds).Append(" +0000\n");
            Data(stream, message);
            AddFile(stream, $"src/Module{i % 50}/File{i % 500}.cs", $"// revision {i}\n");
            var noteChanges = i == 1 || (noteEvery > 0 && i % noteEvery == noteEvery - 2);
            if (noteChanges)
            {
                session++;
                AddFile(stream, "docs/SESSION-HANDOFF.md", Note(when, session));
            }

            stream.Append('\n');
        }

        return stream.ToString();
    }

    private static void Data(StringBuilder stream, string text) =>
        stream.Append("data ").Append(Encoding.UTF8.GetByteCount(text).ToString(CultureInfo.InvariantCulture)).Append('\n').Append(text).Append('\n');

    private static void AddFile(StringBuilder stream, string path, string content)
    {
        stream.Append("M 100644 inline ").Append(path).Append('\n');
        Data(stream, content);
    }

    private static string Note(DateTimeOffset when, int session) =>
        $"# Session Handoff\n\n## Last Updated\n\n{when:yyyy-MM-dd} (Session {session})\n\n## Current State\n\nSession {session} left the build green.\n\n"
        + "## What Was Done This Session\n\n- Moved cart totals to the pricing module.\n\n## What Failed\n\n- Caching prices broke discounts; reverted.\n\n"
        + "## What's Next\n\n- [P0] Fix VAT rounding.\n- [P1] Switch payments to the new API.\n\n## Key Decisions\n\n- Prices are computed on the server.\n";

    private void Git(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _root, UseShellExecute = false, RedirectStandardInput = input is not null, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            try
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // git stopped reading; its message below says why.
            }
        }

        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {arguments[0]} failed: {error.Result}");
    }
}
