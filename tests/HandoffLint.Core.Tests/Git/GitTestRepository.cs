using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using HandoffLint.Configuration;

using HandoffLint.Git;

namespace HandoffLint.Tests.Git;

/// <summary>
/// A real git repository in a temp folder, built commit by commit with fixed author and committer dates, so the git rules
/// are tested against what git really says. Each command gets its identity and dates through its own environment; the
/// test process's environment is never changed.
/// </summary>
internal sealed class GitTestRepository : IDisposable
{
    public const string NotePath = "docs/SESSION-HANDOFF.md";

    private GitTestRepository(string root) => Root = root;

    public string Root { get; }

    public string NoteFullPath => Path.Combine(Root, "docs", "SESSION-HANDOFF.md");

    /// <summary>The date the next commit gets; every commit moves it on by an hour unless a date is given.</summary>
    public DateTimeOffset NextDate { get; set; } = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    public static GitTestRepository Create(bool init = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "handofflint-git-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(root);
        var repository = new GitTestRepository(root);
        if (init) repository.Git("init", "--quiet", "--initial-branch=main");
        return repository;
    }

    /// <summary>A note in the template's shape with the given stamp; <paramref name="body"/> varies its content.</summary>
    public static string Note(string date, int session, string body = "Builds and tests pass.") =>
        $"# Session Handoff\n\n## Last Updated\n\n{date} (Session {session})\n\n## Current State\n\n{body}\n\n## What Was Done This Session\n\n- Wrote the parser.\n\n"
        + "## What Failed\n\n- Nothing this time.\n\n## What's Next\n\n- [P0] Ship the release.\n\n## Key Decisions\n\n- Markdig parses the note.\n";

    public GitTestRepository Write(string path, string text)
    {
        var full = Path.Combine(Root, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
        return this;
    }

    public GitTestRepository WriteNote(string date, int session, string body = "Builds and tests pass.") => Write(NotePath, Note(date, session, body));

    /// <summary>Stages everything and commits it at <paramref name="date"/> (or the next hour); returns the full hash.</summary>
    public string Commit(string message, DateTimeOffset? date = null)
    {
        Git("add", "--all");
        var when = date ?? NextDate;
        NextDate = when.AddHours(1);
        Git(when, "commit", "--quiet", "--no-verify", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Writes <paramref name="path"/> with new content and commits it.</summary>
    public string CommitFile(string path, string message, DateTimeOffset? date = null)
    {
        Write(path, message + "\n" + Guid.NewGuid().ToString("N") + "\n");
        return Commit(message, date);
    }

    /// <summary>Adds <paramref name="count"/> commits to the current branch in one <c>git fast-import</c>, each changing one source file.</summary>
    public void CommitMany(int count)
    {
        var stream = new StringBuilder();
        var branch = Git("symbolic-ref", "HEAD").Trim();
        var parent = Git("rev-parse", "HEAD").Trim();
        for (var i = 0; i < count; i++)
        {
            var seconds = NextDate.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            NextDate = NextDate.AddMinutes(10);
            var message = $"Bulk change {i}";
            var content = $"// {i}\n";
            stream.Append($"commit {branch}\ncommitter Test Agent <agent@example.com> {seconds} +0000\ndata {message.Length}\n{message}\n");
            if (i == 0) stream.Append($"from {parent}\n"); // fast-import continues its own commits, not the branch as it is on disk.
            stream.Append($"M 100644 inline src/Bulk/File{i % 20}.cs\ndata {content.Length}\n{content}\n");
        }

        RunWithInput(Root, stream.ToString(), "fast-import", "--quiet");
        Git("reset", "--quiet", "--hard");
    }

    public string Git(params string[] arguments) => Git(NextDate, arguments);

    public string Git(DateTimeOffset date, params string[] arguments) => Run(Root, date, arguments);

    private static void RunWithInput(string folder, string input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardInput = true, RedirectStandardError = true, CreateNoWindow = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed ({process.ExitCode}): {error.Result}");
    }

    /// <summary>Runs git in <paramref name="folder"/> with a fixed identity, fixed dates and no user or system configuration.</summary>
    public static string Run(string folder, DateTimeOffset date, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { "-c", "user.name=Test Agent", "-c", "user.email=agent@example.com", "-c", "commit.gpgsign=false", "-c", "protocol.file.allow=always" }) start.ArgumentList.Add(argument);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var stamp = date.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["GIT_AUTHOR_DATE"] = stamp;
        start.Environment["GIT_COMMITTER_DATE"] = stamp;
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = Path.Combine(folder, "..", "no-such-gitconfig");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed ({process.ExitCode}): {error.Result}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Lints a test repository's note the way the front ends do, on a fixed day.</summary>
internal static class GitLint
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static LintResult Lint(string notePath, Action<HandoffLintOptions>? configure = null, GitSettings? settings = null, DateTimeOffset? today = null)
    {
        using var scope = settings is null ? null : GitSettings.Use(settings);
        return new HandoffLinter(new FixedClock(today ?? Today)).Lint(new LintRequest(notePath) { UseEditorConfig = false, Configure = configure });
    }

    /// <summary>The git diagnostics (HL003x) of a result.</summary>
    public static IReadOnlyList<Diagnostics.Diagnostic> GitDiagnostics(this LintResult result)
    {
        var found = new List<Diagnostics.Diagnostic>();
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Descriptor.Category == Diagnostics.RuleCategories.Git) found.Add(diagnostic);
        }

        return found;
    }
}
