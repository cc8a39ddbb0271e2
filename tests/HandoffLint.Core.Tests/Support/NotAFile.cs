using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace HandoffLint.Tests.Support;

/// <summary>
/// Things that stand where a file should be (a FIFO, a link to /dev/zero, a folder, a dangling link), for the tests that
/// prove every front end reports them instead of hanging or exhausting memory. Shared by the test projects (linked).
/// </summary>
internal static class NotAFile
{
    /// <summary>The kinds every reader is exercised with.</summary>
    public static readonly string[] All = { "fifo", "dev-zero", "folder", "dangling-link" };

    /// <summary><see cref="All"/> as theory data.</summary>
    public static TheoryData<string> Kinds() => new(All);

    /// <summary>What the core says about each kind, as a fragment of its message.</summary>
    public static string Described(string kind) => kind switch
    {
        "fifo" => "it is a FIFO (named pipe), not a regular file",
        "dev-zero" => "it is a character device (such as /dev/zero), not a regular file",
        "folder" => "it is a folder, not a file",
        "dangling-link" => "which does not exist",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Creates a <paramref name="kind"/> at <paramref name="path"/> (its folder is created).</summary>
    public static void Create(string kind, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case "fifo":
                using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!)
                {
                    mkfifo.WaitForExit();
                    if (mkfifo.ExitCode != 0) throw new InvalidOperationException("mkfifo failed for " + path);
                }

                break;
            case "dev-zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "folder":
                Directory.CreateDirectory(path);
                break;
            case "dangling-link":
                File.CreateSymbolicLink(path, Path.Combine(Path.GetDirectoryName(path)!, "no-such-file.md"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> with a watchdog: a reader that blocks on a FIFO fails the test instead of hanging
    /// the run. On time-out, every FIFO in <paramref name="fifos"/> is opened for writing, which lets the blocked reader go.
    /// </summary>
    public static T Bounded<T>(Func<T> action, params string[] fifos)
    {
        var task = Task.Run(action);
        if (task.Wait(TimeSpan.FromSeconds(60))) return task.Result;
        foreach (var fifo in fifos) Release(fifo);
        throw new TimeoutException("blocked for 60 s on what stands where a file should be (a reader opened a FIFO)");
    }

    private static void Release(string fifo)
    {
        try
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done for a reader that is not there.
        }
    }

    /// <summary>Every FIFO path among <paramref name="paths"/> whose kind is "fifo", for <see cref="Bounded"/>.</summary>
    public static string[] FifosAmong(string kind, params string[] paths) => kind == "fifo" ? paths : Array.Empty<string>();
}
