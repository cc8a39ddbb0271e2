using System;
using System.IO;

namespace HandoffLint.Tests.Support;

/// <summary>
/// Tests that write a note and the files around it into a temporary folder and lint it there with git rules off, on a fixed
/// day (2026-11-23); the folder is deleted afterwards.
/// </summary>
public abstract class TemporaryFolderTests : IDisposable
{
    /// <summary>The linter, on the fixed day.</summary>
    protected static readonly HandoffLinter Linter = new(new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)));

    /// <summary>Creates the folder, its name starting with <paramref name="prefix"/>.</summary>
    protected TemporaryFolderTests(string prefix) => Root = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>The temporary folder.</summary>
    protected string Root { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Lints the note at <paramref name="path"/> outside any repository, git rules off.</summary>
    protected static LintResult Lint(string path) =>
        Linter.Lint(new LintRequest(path) { RepositoryRoot = string.Empty, Configure = o => o.GitRulesEnabled = false });

    /// <summary>Writes <paramref name="text"/> at <paramref name="relativePath"/> below the folder; returns the full path.</summary>
    protected string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
