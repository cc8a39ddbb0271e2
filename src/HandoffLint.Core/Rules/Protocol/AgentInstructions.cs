using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// What the repository's agent instruction files (CLAUDE.md, AGENTS.md, ...) say about the note: whether they tell the agent
/// to read it at the start (or import it with <c>@docs/SESSION-HANDOFF.md</c>) and to rewrite it before the session ends or
/// the context is compacted. Read once per lint and shared through <see cref="RuleContext.GetShared{T}"/>.
/// </summary>
/// <remarks>
/// The judgement is deliberately plain: a line counts when it (or the paragraph, list or section it stands in) names the
/// note, and it carries a reading verb, or a writing verb together with a word for the end of the session. That accepts
/// the pattern's own protocol block and the many ways people phrase it, and rejects instructions that never mention the note.
/// </remarks>
internal sealed class AgentInstructions
{
    private const int MaxImportHops = 5;

    private static readonly Regex HandoffWord = new(@"\bhand[- ]?off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex ReadVerb = new(@"\b(read|reads|reading|re-read|load|loads|loading|review|reviews|open|opens|consult|study|cat)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex WriteVerb = new(@"\b(update|updates|updating|rewrite|rewrites|rewriting|write|writes|refresh|refreshes|overwrite|overwrites)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex EndWord = new(@"\b(end|ends|ending|before|stop|stops|stopping|finish|finishes|finishing|compaction|compact|compacting|wrap|wrapping|close|closing|exit|exiting|leave|leaving)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Import = new(@"(?<![\w`@])@(?<path>[^\s`]+)", RegexOptions.CultureInvariant);
    private static readonly Regex Heading = new(@"^\s{0,3}#{1,6}(\s|$)", RegexOptions.CultureInvariant);

    private AgentInstructions(string noteRelativePath, IReadOnlyList<InstructionFile> files)
    {
        NoteRelativePath = noteRelativePath;
        Files = files;
    }

    /// <summary>The note's path relative to the repository root.</summary>
    public string NoteRelativePath { get; }

    /// <summary>The instruction files that exist, in <see cref="RuleInputFiles.AgentInstructions"/> order.</summary>
    public IReadOnlyList<InstructionFile> Files { get; }

    /// <summary>True when one file (with what it imports) asks for both halves of the protocol.</summary>
    public bool IsMandated => Files.Any(f => f.ReadsNote && f.RewritesNote);

    /// <summary>Reads the instruction files at the repository root of <paramref name="context"/>.</summary>
    public static AgentInstructions Read(RuleContext context)
    {
        var root = context.RepositoryRoot!;
        var note = ProtocolFiles.NoteRelativePath(context);
        var files = new List<InstructionFile>();
        foreach (var candidate in RuleInputFiles.AgentInstructions)
        {
            var text = ProtocolFiles.TryRead(context, Path.Combine(root, candidate));
            if (text is null) continue;
            files.Add(Judge(context, root, candidate, text, note, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { candidate }, 0));
        }

        return new AgentInstructions(note, files);
    }

    private static InstructionFile Judge(RuleContext context, string root, string relativePath, string text, string note, HashSet<string> visited, int hops)
    {
        var noteName = Path.GetFileName(note);
        var noteStem = Path.GetFileNameWithoutExtension(note);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var file = new InstructionFile(relativePath, lines);

        // A line names the note when it, its paragraph or list, or the heading of its section does.
        var block = new int[lines.Length];
        var sectionMentions = new bool[lines.Length];
        var blockMentions = new Dictionary<int, bool>();
        var current = 0;
        var headingMentions = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0 || Heading.IsMatch(lines[i])) current++;
            if (Heading.IsMatch(lines[i])) headingMentions = Names(lines[i], noteName, noteStem);
            block[i] = current;
            sectionMentions[i] = headingMentions;
            if (Names(lines[i], noteName, noteStem)) blockMentions[current] = true;
        }

        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)) inFence = !inFence;

            var names = Names(line, noteName, noteStem);
            if (names) file.FirstMention ??= i + 1;
            var inScope = names || blockMentions.ContainsKey(block[i]) || sectionMentions[i];

            if (!inFence)
            {
                foreach (Match match in Import.Matches(line))
                {
                    var target = match.Groups["path"].Value.TrimEnd('.', ',', ';', ':', ')', ']');
                    var resolved = ResolveImport(root, relativePath, target);
                    if (resolved is null) continue;
                    if (string.Equals(resolved, note, StringComparison.OrdinalIgnoreCase))
                    {
                        file.MarkRead(i + 1);
                        file.FirstMention ??= i + 1;
                        continue;
                    }

                    // Claude Code follows imports (up to five hops); what an imported file asks for, the importer asks for.
                    if (hops >= MaxImportHops || !visited.Add(resolved)) continue;
                    var importedText = ProtocolFiles.TryRead(context, Path.Combine(root, resolved));
                    if (importedText is null) continue;
                    var imported = Judge(context, root, resolved, importedText, note, visited, hops + 1);
                    if (imported.ReadsNote) file.MarkRead(i + 1);
                    if (imported.RewritesNote) file.MarkRewrite(i + 1);
                }
            }

            if (!inScope) continue;
            if (ReadVerb.IsMatch(line)) file.MarkRead(i + 1);
            if (WriteVerb.IsMatch(line) && EndWord.IsMatch(line)) file.MarkRewrite(i + 1);
        }

        return file;
    }

    private static bool Names(string line, string noteName, string noteStem) =>
        line.IndexOf(noteName, StringComparison.OrdinalIgnoreCase) >= 0 ||
        line.IndexOf(noteStem, StringComparison.OrdinalIgnoreCase) >= 0 ||
        HandoffWord.IsMatch(line);

    /// <summary>An import target as a path relative to the repository root, or null when it leaves the repository or is not a file path.</summary>
    private static string? ResolveImport(string root, string importer, string target)
    {
        if (target.Length == 0 || target.StartsWith("~", StringComparison.Ordinal) || target.IndexOf("://", StringComparison.Ordinal) >= 0) return null;
        if (target.IndexOfAny(Path.GetInvalidPathChars()) >= 0) return null;
        try
        {
            var folder = Path.GetDirectoryName(Path.Combine(root, importer)) ?? root;
            var full = Path.IsPathRooted(target) ? Path.GetFullPath(target) : Path.GetFullPath(Path.Combine(folder, target));
            return ProtocolFiles.RelativeTo(root, full);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }
}

/// <summary>One instruction file and what it asks of the agent about the note.</summary>
internal sealed class InstructionFile
{
    public InstructionFile(string relativePath, IReadOnlyList<string> lines)
    {
        RelativePath = relativePath;
        Lines = lines;
    }

    /// <summary>The file's path relative to the repository root.</summary>
    public string RelativePath { get; }

    /// <summary>The file's lines, without line ends.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The first line that asks the agent to read (or imports) the note.</summary>
    public int? ReadLine { get; private set; }

    /// <summary>The first line that asks the agent to rewrite the note before the end or compaction.</summary>
    public int? RewriteLine { get; private set; }

    /// <summary>The first line that names the note at all.</summary>
    public int? FirstMention { get; set; }

    /// <summary>Whether the file asks the agent to read the note (or imports it).</summary>
    public bool ReadsNote => ReadLine is not null;

    /// <summary>Whether the file asks the agent to rewrite the note before the end or compaction.</summary>
    public bool RewritesNote => RewriteLine is not null;

    /// <summary>How much of the protocol the file carries: 0, 1 or 2 halves.</summary>
    public int Coverage => (ReadsNote ? 1 : 0) + (RewritesNote ? 1 : 0);

    public void MarkRead(int line) => ReadLine ??= line;

    public void MarkRewrite(int line) => RewriteLine ??= line;
}
