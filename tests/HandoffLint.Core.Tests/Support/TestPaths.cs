using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace HandoffLint.Tests.Support;

/// <summary>Where the repository and the shared material are, wherever the build output went.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding HandoffLint.sln), recorded at build time.</summary>
    public static string RepositoryRoot { get; } = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!.TrimEnd('/', '\\');

    /// <summary>The shared material beside the project root (not part of the repository).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The corpus of real notes, when it is there.</summary>
    public static string CorpusFolder => Path.Combine(SharedFolder, "corpus");

    /// <summary>Why corpus tests are skipped, or null when the corpus is present.</summary>
    public static string? CorpusSkipReason =>
        Directory.Exists(CorpusFolder) && Directory.EnumerateFiles(CorpusFolder, "*.md").Any()
            ? null
            : $"The corpus of real notes is absent ({CorpusFolder}); it is shared material beside the repository, not part of it.";

    /// <summary>
    /// The corpus notes' file names, for [CorpusTheory] tests. With the corpus absent the theory is skipped; the one
    /// placeholder row only keeps xunit from complaining about a theory without data.
    /// </summary>
    public static TheoryData<string> CorpusNotes()
    {
        var data = new TheoryData<string>();
        if (CorpusSkipReason is not null)
        {
            data.Add("(absent)");
            return data;
        }

        foreach (var file in Directory.GetFiles(CorpusFolder, "*.md").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>The fixtures copied next to the test assembly.</summary>
    public static string Fixtures(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory, "Fixtures" }.Concat(parts).ToArray());
}

/// <summary>A theory over the corpus that is skipped, with the reason, when the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the corpus is absent.</summary>
    public CorpusTheoryAttribute()
    {
        var reason = TestPaths.CorpusSkipReason;
        if (reason is not null) Skip = reason;
    }
}

/// <summary>A fact over the corpus that is skipped, with the reason, when the corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the corpus is absent.</summary>
    public CorpusFactAttribute()
    {
        var reason = TestPaths.CorpusSkipReason;
        if (reason is not null) Skip = reason;
    }
}
