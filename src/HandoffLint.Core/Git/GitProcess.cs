using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace HandoffLint.Git;

/// <summary>What one git command printed and how it ended.</summary>
internal sealed class GitProcessResult
{
    public GitProcessResult(int exitCode, byte[] output, string error)
    {
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public int ExitCode { get; }

    public byte[] Output { get; }

    public string Error { get; }

    public string OutputText => GitText.Decode(Output);

    /// <summary>git's first line of complaint, for a diagnostic.</summary>
    public string FirstErrorLine =>
        Error.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "no message";
}

/// <summary>
/// Runs the <c>git</c> executable directly (no shell): an argument list, UTF-8 output read as bytes, no optional locks
/// (a lint must never take the index lock from an editor or a running commit), and a kill when it runs too long.
/// </summary>
internal static class GitProcess
{
    // Settings that make git's output the same on every machine whatever the user's configuration says.
    private static readonly string[] FixedArguments =
    {
        "-c", "core.quotepath=off",
        "-c", "i18n.logOutputEncoding=UTF-8",
        "-c", "log.showSignature=false",
        "-c", "log.follow=false",
        "-c", "color.ui=never",
        "--no-pager",
        "--literal-pathspecs",
    };

    // Variables that would point git at another repository than the one asked about (a lint run from a git hook inherits them).
    private static readonly string[] InheritedRepositoryVariables = { "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_PREFIX", "GIT_NAMESPACE" };

    /// <summary>Runs git in <paramref name="workingDirectory"/>; throws <see cref="GitException"/> only when it cannot run or times out.</summary>
    public static GitProcessResult Run(GitSettings settings, string workingDirectory, IReadOnlyList<string> arguments, string? input = null)
    {
        var executable = GitExecutable.Find(settings)
            ?? throw new GitException(GitFailure.NotInstalled, "git was not found on the PATH; install git or put it on the PATH");
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            CreateNoWindow = true,
            WorkingDirectory = workingDirectory,
        };
        var all = FixedArguments.Concat(arguments).ToArray();
#if NET8_0_OR_GREATER
        foreach (var argument in all) start.ArgumentList.Add(argument);
#else
        start.Arguments = CommandLine.Join(all);
#endif
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var name in InheritedRepositoryVariables) start.Environment.Remove(name);
        if (settings.SearchPath is not null) start.Environment["PATH"] = settings.SearchPath;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException(GitFailure.NotInstalled, "git could not be started");
        }
        catch (Win32Exception e)
        {
            throw new GitException(GitFailure.NotInstalled, $"git could not be started ({e.Message.TrimEnd('.')})", e);
        }

        settings.CountProcess();
        using (process)
        {
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = process.StandardError.ReadToEndAsync();
            if (input is not null) WriteInput(process, input);

            if (!process.WaitForExit(Milliseconds(settings.Timeout)))
            {
                Kill(process);
                throw new GitException(GitFailure.TimedOut, $"git {Describe(arguments)} did not finish within {settings.Timeout.TotalSeconds:0.#} seconds and was stopped");
            }

            // The process has ended; its pipes close with it (a grandchild holding them is not waited for long).
            Task.WaitAll(new Task[] { reading, errors }, TimeSpan.FromSeconds(5));
            return new GitProcessResult(process.ExitCode, output.ToArray(), errors.Status == TaskStatus.RanToCompletion ? errors.Result : string.Empty);
        }
    }

    /// <summary>Runs git and throws <see cref="GitException"/> when it exits with anything but 0.</summary>
    public static GitProcessResult RunChecked(GitSettings settings, string workingDirectory, IReadOnlyList<string> arguments, string? input = null)
    {
        var result = Run(settings, workingDirectory, arguments, input);
        if (result.ExitCode != 0) throw Failed(arguments, result);
        return result;
    }

    public static GitException Failed(IReadOnlyList<string> arguments, GitProcessResult result) =>
        new(GitFailure.CommandFailed, $"git {Describe(arguments)} failed (exit code {result.ExitCode}): {result.FirstErrorLine}");

    private static string Describe(IReadOnlyList<string> arguments) => arguments.Count == 0 ? string.Empty : arguments[0];

    private static void WriteInput(Process process, string input)
    {
        try
        {
            var bytes = new UTF8Encoding(false).GetBytes(input);
            process.StandardInput.BaseStream.Write(bytes, 0, bytes.Length);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // git stopped reading (it failed early); its exit code and message tell why.
        }
    }

    private static void Kill(Process process)
    {
        try
        {
#if NET8_0_OR_GREATER
            process.Kill(entireProcessTree: true);
#else
            process.Kill();
#endif
            process.WaitForExit(2000);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
        catch (Win32Exception)
        {
            // It is ending; nothing more can be done.
        }
    }

    private static int Milliseconds(TimeSpan timeout) =>
        timeout <= TimeSpan.Zero ? 0 : timeout.TotalMilliseconds >= int.MaxValue ? int.MaxValue : (int)timeout.TotalMilliseconds;
}

/// <summary>Finds the git executable on the PATH of <see cref="GitSettings"/>, the way a shell would.</summary>
internal static class GitExecutable
{
    public static string? Find(GitSettings settings)
    {
        var executable = settings.Executable;
        if (string.IsNullOrEmpty(executable)) return null;
        if (executable.IndexOf('/') >= 0 || executable.IndexOf('\\') >= 0) return File.Exists(executable) ? Path.GetFullPath(executable) : null;

        var searchPath = settings.SearchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var names = IsWindows && Path.GetExtension(executable).Length == 0
            ? new[] { executable + ".exe", executable + ".cmd", executable }
            : new[] { executable };
        foreach (var folder in searchPath.Split(Path.PathSeparator))
        {
            var trimmed = folder.Trim().Trim('"');
            if (trimmed.Length == 0) continue;
            foreach (var name in names)
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(trimmed, name);
                }
                catch (ArgumentException)
                {
                    break; // A PATH entry with characters no path may hold.
                }

                if (File.Exists(candidate)) return candidate;
            }
        }

        return null;
    }

    private static bool IsWindows => Path.DirectorySeparatorChar == '\\';
}

/// <summary>Text as git writes it: UTF-8 (core.quotepath=off keeps names unquoted).</summary>
internal static class GitText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes) => Utf8.GetString(bytes);

    public static string Decode(byte[] bytes, int index, int count) => Utf8.GetString(bytes, index, count);
}

#if !NET8_0_OR_GREATER
/// <summary>Joins arguments into one command line that the C runtime splits back into the same list.</summary>
internal static class CommandLine
{
    public static string Join(IEnumerable<string> arguments) => string.Join(" ", arguments.Select(Quote));

    private static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '\v', '"' }) < 0) return argument;
        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless they precede a quote; then each must be doubled and the quote escaped.
            quoted.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            quoted.Append(c);
            backslashes = 0;
        }

        quoted.Append('\\', backslashes * 2);
        quoted.Append('"');
        return quoted.ToString();
    }
}
#endif
