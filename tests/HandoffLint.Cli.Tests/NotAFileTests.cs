using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Cli.Tests.Support;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// The real CLI and its hooks with a FIFO, a link to /dev/zero, a folder or a dangling link where the note or
/// <c>.editorconfig</c> should be: before, a FIFO hung lint, session-start and stop until killed, and /dev/zero aborted them
/// (exit 134, "Out of memory"). Now: one line and exit 2 for the commands, exit 0 and one line on standard error for hooks.
/// </summary>
public sealed class NotAFileTests
{
    private const string NotePath = "docs/SESSION-HANDOFF.md";

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_note_that_is_not_a_file_is_one_line_and_exit_2(string kind, string[] arguments)
    {
        using var folder = new TempFolder();
        folder.GitInit();
        NotAFile.Create(kind, folder[NotePath]);

        var result = CliProcess.Run(folder.Path, arguments);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.StdOut.ShouldBeEmpty();
        var line = result.ErrorLines.ShouldHaveSingleItem();
        line.ShouldStartWith("handofflint: error: ");
        line.ShouldContain(kind == "folder" ? "is a folder" : NotAFile.Described(kind));
    }

    public static TheoryData<string, string[]> Commands()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var kind in NotAFile.All)
        {
            // A folder named on lint's command line is a folder argument (every note below it), not a note to read.
            if (kind != "folder") data.Add(kind, new[] { "lint", NotePath });
            data.Add(kind, new[] { "lint" });
            data.Add(kind, new[] { "fix" });
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void An_editorconfig_that_is_not_a_file_is_reported_and_lint_and_fix_go_on(string kind)
    {
        using var folder = new TempFolder();
        folder.Write(NotePath, Fixtures.Text("clean.md"));
        NotAFile.Create(kind, folder["docs/.editorconfig"]);

        var lint = CliProcess.Run(folder.Path, "lint", "--no-git", NotePath);
        var fix = CliProcess.Run(folder.Path, "fix", NotePath);

        lint.ExitCode.ShouldBe(0, lint.ToString());
        lint.StdOut.ShouldContain("docs/.editorconfig: warning HL0028: '.editorconfig' cannot be read: ");
        lint.StdOut.ShouldContain(NotAFile.Described(kind));
        fix.ExitCode.ShouldBe(0, fix.ToString());
        fix.StdErr.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void Hooks_with_a_note_that_is_not_a_file_exit_0_with_one_line_on_standard_error(string kind)
    {
        using var repository = new HookRepository();
        File.Delete(repository.Folder[NotePath]);
        NotAFile.Create(kind, repository.Folder[NotePath]);

        foreach (var (input, hook) in new[] { (repository.SessionStart(), "session-start"), (repository.Stop(), "stop"), (repository.PreCompact(), "pre-compact") })
        {
            var result = repository.Hook(input, "claude", hook);

            result.ExitCode.ShouldBe(0, result.ToString());
            result.StdOut.ShouldBeEmpty();
            result.ErrorLines.ShouldHaveSingleItem().ShouldBe(
                $"handofflint: the handoff note {NotePath} cannot be read: {(kind == "folder" ? "it is a folder, not a file" : Described(kind, repository.Folder[NotePath]))}; nothing was checked");
        }
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void Hooks_with_an_editorconfig_that_is_not_a_file_say_so_and_still_deliver_the_note(string kind)
    {
        using var repository = new HookRepository();
        NotAFile.Create(kind, repository.Folder["docs/.editorconfig"]);

        var result = repository.Hook(repository.SessionStart(), "claude", "session-start");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdOut.ShouldContain("What Was Done This Session");
        var line = result.ErrorLines.ShouldHaveSingleItem();
        line.ShouldStartWith("handofflint: docs/.editorconfig: warning HL0028: '.editorconfig' cannot be read: ");
        line.ShouldContain(NotAFile.Described(kind));
    }

    [Fact]
    public async Task A_hook_whose_standard_input_is_dev_zero_exits_0_with_one_line()
    {
        using var repository = new HookRepository();
        var command = new List<string>();
        if (CliProcess.Executable.EndsWith(".dll", System.StringComparison.OrdinalIgnoreCase)) command.Add("dotnet");
        command.Add(CliProcess.Executable);
        command.AddRange(new[] { "hook", "claude", "stop" });
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = repository.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" < /dev/zero");
        start.ArgumentList.Add("sh");
        foreach (var part in command) start.ArgumentList.Add(part);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000).ShouldBeTrue("the hook read /dev/zero for 2 minutes");

        process.ExitCode.ShouldBe(0, stderr);
        (await stdout).ShouldBeEmpty();
        stderr.Trim().ShouldBe("handofflint: the hook payload on standard input is larger than 8 MB, so it is not an agent's; nothing was checked");
    }

    private static string Described(string kind, string path) =>
        kind == "dangling-link" ? $"it is a symbolic link to '{Path.Combine(Path.GetDirectoryName(path)!, "no-such-file.md")}', which does not exist"
        : kind == "fifo" ? "it is a FIFO (named pipe), not a regular file; reading it would wait for a writer"
        : NotAFile.Described(kind);
}
