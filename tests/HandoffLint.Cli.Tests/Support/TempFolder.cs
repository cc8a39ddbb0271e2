using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>A fixture folder (a repository, when <see cref="GitInit"/> is called) that deletes itself.</summary>
internal sealed class TempFolder : IDisposable
{
    private static readonly UnixFileMode Open = (UnixFileMode)0b111_101_101;

    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("handofflint-cli-").FullName;
        // CreateTempSubdirectory makes it private (0700); the unprivileged runs must be able to enter it.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, Open);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes UTF-8 text (no BOM, line endings as given), creating folders; returns the full path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Read(string relative) => File.ReadAllText(this[relative]);

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(this[relative]);

    public bool Exists(string relative) => File.Exists(this[relative]) || Directory.Exists(this[relative]);

    public string CreateFolder(string relative) => Directory.CreateDirectory(this[relative]).FullName;

    /// <summary>Makes a git repository of the folder (branch main, a fixed identity for commits).</summary>
    public void GitInit()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "HandoffLint Tests");
        Git("config", "user.email", "tests@handofflint.invalid");
        Git("config", "commit.gpgsign", "false");
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed: {error}");
        return output;
    }

    public void Dispose()
    {
        // Tests make folders unreadable on purpose; open everything up again so that it can be deleted.
        try
        {
            if (!OperatingSystem.IsWindows()) OpenUp(new DirectoryInfo(Path));
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is not worth failing a test for.
        }
    }

    /// <summary>
    /// Restores read and enter permissions below <paramref name="folder"/>, by hand: the framework's recursive enumeration
    /// follows symbolic links on Unix, and the summary tests make link loops on purpose.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void OpenUp(DirectoryInfo folder)
    {
        File.SetUnixFileMode(folder.FullName, Open);
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null) continue;
            if (entry is DirectoryInfo child) OpenUp(child);
            else File.SetUnixFileMode(entry.FullName, (UnixFileMode)0b110_100_100);
        }
    }
}
