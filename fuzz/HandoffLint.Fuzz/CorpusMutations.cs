using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CsCheck;

namespace HandoffLint.Fuzz;

/// <summary>
/// Mutations of real notes: the corpus (<c>../shared/corpus</c> beside the repository) cut, repeated, spliced, re-indented,
/// with line endings switched and odd characters and generated constructs dropped in. Real notes carry the structure
/// generators miss; mutations reach the states between a good note and a broken one.
/// </summary>
public static class CorpusMutations
{
    private enum Kind
    {
        DeleteSpan,
        DuplicateSpan,
        InsertBlock,
        InsertInline,
        SwapLines,
        SwitchLineEndings,
        Truncate,
        RepeatLine,
        ShiftHeadings,
        IndentLines,
        SpliceAnotherNote,
    }

    /// <summary>The repository root, recorded at build time.</summary>
    public static string RepositoryRoot { get; } = typeof(CorpusMutations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!.TrimEnd('/', '\\');

    /// <summary>The corpus folder: shared material beside the repository, not part of it.</summary>
    public static string CorpusFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>The corpus notes, or an empty list when the corpus is absent.</summary>
    public static IReadOnlyList<string> LoadCorpus() =>
        Directory.Exists(CorpusFolder)
            ? Directory.GetFiles(CorpusFolder, "*.md").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : Array.Empty<string>();

    /// <summary>A corpus note with one to eight mutations applied.</summary>
    public static Gen<string> Of(IReadOnlyList<string> corpus)
    {
        if (corpus.Count == 0) throw new ArgumentException("The corpus is empty.", nameof(corpus));
        var mutation = Gen.Select(
            Gen.Enum<Kind>(),
            Gen.Double.Unit,
            Gen.Double.Unit,
            Gen.Frequency((3, NoteGenerators.Heading), (3, NoteGenerators.ListItem), (2, NoteGenerators.Stamp), (2, NoteGenerators.Text), (2, NoteGenerators.OddCharacter)),
            Gen.Int[0, corpus.Count - 1],
            Gen.Int[2, 60],
            (kind, at, length, block, other, count) => (Func<string, string>)(text => Apply(kind, text, at, length, block, corpus[other], count)));
        return Gen.Select(Gen.Int[0, corpus.Count - 1], mutation.Array[1, 8], (index, mutations) => mutations.Aggregate(corpus[index], (text, mutate) => mutate(text)));
    }

    private static string Apply(Kind kind, string text, double at, double length, string block, string other, int count)
    {
        var start = (int)(at * text.Length);
        var span = Math.Min(text.Length - start, (int)(length * Math.Min(400, text.Length)));
        var lines = text.Split('\n');
        var line = (int)(at * lines.Length);
        switch (kind)
        {
            case Kind.DeleteSpan:
                return text.Remove(start, span);
            case Kind.DuplicateSpan:
                return text.Insert(start, text.Substring(start, span));
            case Kind.InsertBlock:
                return text.Insert(LineStart(text, start), block + "\n");
            case Kind.InsertInline:
                return text.Insert(start, block);
            case Kind.SwapLines:
                {
                    var other2 = (int)(length * lines.Length);
                    if (line >= lines.Length || other2 >= lines.Length) return text;
                    (lines[line], lines[other2]) = (lines[other2], lines[line]);
                    return string.Join("\n", lines);
                }

            case Kind.SwitchLineEndings:
                return NoteGenerators.Join(text, (count % 4) switch { 0 => "\n", 1 => "\r\n", 2 => "\r", _ => "mixed" });
            case Kind.Truncate:
                return text.Substring(0, start);
            case Kind.RepeatLine:
                if (line >= lines.Length) return text;
                return string.Join("\n", lines.Take(line).Concat(Enumerable.Repeat(lines[line], count)).Concat(lines.Skip(line + 1)));
            case Kind.ShiftHeadings:
                return string.Join("\n", lines.Select((l, i) => i < line || !l.StartsWith("#", StringComparison.Ordinal) ? l : count % 2 == 0 ? "#" + l : l.Substring(1)));
            case Kind.IndentLines:
                return string.Join("\n", lines.Select((l, i) => i >= line && i < line + count ? new string(' ', count % 9) + l : l));
            default:
                return text.Substring(0, start) + other.Substring((int)(length * other.Length));
        }
    }

    private static int LineStart(string text, int offset)
    {
        var newline = offset == 0 ? -1 : text.LastIndexOf('\n', offset - 1);
        return newline + 1;
    }
}
