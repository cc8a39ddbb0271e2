using System;
using System.Diagnostics;
using System.IO;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>
/// Unreadable files and folders are part of the bad input the CLI must survive, but root reads everything. As root, the
/// CLI under test runs as user <c>nobody</c> through <c>setpriv</c>; as anyone else, <c>chmod 000</c> is enough.
/// When neither works, the tests that need it are skipped with the reason.
/// </summary>
internal static class Unprivileged
{
    private const string NobodyId = "65534";

    public static bool IsRoot { get; } = Environment.UserName == "root";

    /// <summary>The command prefix that drops privileges, or nothing when the tests do not run as root.</summary>
    public static string[] Prefix => IsRoot ? new[] { "setpriv", "--reuid=" + NobodyId, "--regid=" + NobodyId, "--clear-groups", "--" } : Array.Empty<string>();

    /// <summary>A home folder the unprivileged user may write to (the .NET host may want one).</summary>
    public static string Home { get; } = CreateHome();

    /// <summary>Why permission tests cannot run here, or null when they can.</summary>
    public static string? SkipReason { get; } = Probe();

    private static string CreateHome()
    {
        var home = Path.Combine(Path.GetTempPath(), "handofflint-cli-tests-home");
        Directory.CreateDirectory(home);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        return home;
    }

    private static string? Probe()
    {
        if (OperatingSystem.IsWindows()) return "File permissions are POSIX modes in these tests; Windows ACLs are not covered.";
        if (!IsRoot) return null;
        try
        {
            var result = CliProcess.Run(new CliRun(Path.GetTempPath(), new[] { "--version" }) { AsUnprivilegedUser = true });
            return result.ExitCode == 0
                ? null
                : $"The tests run as root, which reads any file, and running the CLI as 'nobody' failed (exit {result.ExitCode}: {result.StdErr.Trim()}); " +
                  "the build output must be readable by other users for these tests.";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"The tests run as root, which reads any file, and 'setpriv' (util-linux) is not available to run the CLI as another user: {e.Message}";
        }
    }
}

/// <summary>A fact about unreadable files or folders; skipped, with the reason, where permissions cannot be enforced.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PermissionFactAttribute : FactAttribute
{
    public PermissionFactAttribute()
    {
        if (Unprivileged.SkipReason is { } reason) Skip = reason;
    }
}
