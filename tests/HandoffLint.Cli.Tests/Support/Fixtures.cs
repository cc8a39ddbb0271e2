using System;
using System.IO;
using System.Linq;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>The fixture notes beside the test assembly, and the shared corpus of real notes when it is there.</summary>
internal static class Fixtures
{
    public static string Text(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string CorpusFolder => Path.GetFullPath(Path.Combine(Golden.RepositoryRoot, "..", "shared", "corpus"));

    public static string? CorpusSkipReason =>
        Directory.Exists(CorpusFolder) && Directory.EnumerateFiles(CorpusFolder, "*.md").Any()
            ? null
            : $"The corpus of real notes is absent ({CorpusFolder}); it is shared material beside the repository, not part of it.";
}

/// <summary>A theory over the corpus that is skipped, with the reason, when the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (Fixtures.CorpusSkipReason is { } reason) Skip = reason;
    }
}
