using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>
/// Everything one agent run needs, in a fresh temporary folder: a git repository with some code (<c>repo/</c>), a home
/// folder of its own for the agent's configuration (<c>home/</c>), and a <c>bin/</c> folder whose <c>handofflint</c> records
/// each hook call (arguments, payload, answer, wall time) before and after running the real CLI.
/// </summary>
internal sealed class AgentWorkspace : IDisposable
{
    public AgentWorkspace(string agent)
    {
        Root = Path.Combine(Path.GetTempPath(), $"hl-agent-{agent}-{Guid.NewGuid():N}".Substring(0, 28));
        Repository = Path.Combine(Root, "repo");
        Home = Path.Combine(Root, "home");
        BinFolder = Path.Combine(Root, "bin");
        HookLog = Path.Combine(Root, "hook-calls");
        foreach (var folder in new[] { Repository, Home, BinFolder, HookLog, Path.Combine(Repository, "src") }) Directory.CreateDirectory(folder);
        WriteRecorder();

        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "Conformance Suite");
        Git("config", "user.email", "suite@example.invalid");
        Git("config", "commit.gpgsign", "false");
        Write("src/app.txt", "version 1\n");
        Write("README.md", "# Sample project\n\nA repository the conformance suite lets an agent work in.\n");
        Commit("Start the sample project");
    }

    /// <summary>The temporary folder holding everything.</summary>
    public string Root { get; }

    /// <summary>The git repository the agent works in.</summary>
    public string Repository { get; }

    /// <summary>The agent's home folder (its configuration lives here, never in the real one).</summary>
    public string Home { get; }

    /// <summary>The folder put first on the agent's PATH: <c>handofflint</c> there is the recorder.</summary>
    public string BinFolder { get; }

    /// <summary>Where the recorder writes one folder per hook call.</summary>
    public string HookLog { get; }

    /// <summary>The Unix socket of this run's fake model server.</summary>
    public string ServerSocket => Path.Combine(Root, "model.sock");

    /// <summary>The note's path in the repository.</summary>
    public const string NotePath = "docs/SESSION-HANDOFF.md";

    /// <summary>The hook calls recorded so far, in order.</summary>
    public IReadOnlyList<HookCall> HookCalls => HookCall.ReadAll(HookLog);

    public string PathOf(string relative) => Path.Combine(Repository, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
    }

    /// <summary>
    /// Runs <c>handofflint init</c> in the repository with <paramref name="arguments"/>, and returns what it printed. The hooks
    /// start HandoffLint as a global tool does (<c>handofflint</c> on the PATH), which here is the recorder; left to itself,
    /// init would write the path of the test build it was started from and the recorder would never see a call.
    /// </summary>
    public ProcessResult Init(params string[] arguments)
    {
        var result = HandoffLintCli.Run(Repository, new[] { "init", "--hook-command", "handofflint" }.Concat(arguments).ToArray());
        if (result.ExitCode != 0) throw new InvalidOperationException("handofflint init failed:\n" + result);
        return result;
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Repository };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["HOME"] = Home;
        var result = ProcessRunner.Run(start, TimeSpan.FromMinutes(1));
        if (result.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed:\n{result}");
        return result.StdOut;
    }

    /// <summary>
    /// The recorder: a shell script named <c>handofflint</c> that saves the call's arguments and payload, runs the real CLI by
    /// absolute path, saves its answer and the wall time around it, and passes the answer and exit code on unchanged.
    /// </summary>
    private void WriteRecorder()
    {
        var real = string.Join(' ', HandoffLintCli.Command.Select(Quote));
        var script = $"""
            #!/bin/sh
            # Written by the conformance suite: records this hook call, then runs the real handofflint.
            call={Quote(HookLog)}/$(date +%s%N)-$$
            mkdir -p "$call"
            printf '%s\n' "$@" > "$call/args"
            cat > "$call/stdin"
            start=$(date +%s%N)
            {real} "$@" < "$call/stdin" > "$call/stdout" 2> "$call/stderr"
            code=$?
            end=$(date +%s%N)
            echo "$start $end $code" > "$call/result"
            cat "$call/stdout"
            cat "$call/stderr" >&2
            exit $code

            """;
        var path = Path.Combine(BinFolder, "handofflint");
        File.WriteAllText(path, script.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("HANDOFFLINT_KEEP_AGENT_RUNS") == "1") return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
