using System.Collections.Generic;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// HL0040: a note only works when the agent instructions make reading it at the start and rewriting it before the end part
/// of every session; nothing else tells a fresh agent the note exists.
/// </summary>
internal sealed class ProtocolMustBeMandatedRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.ProtocolNotMandated,
        "Agent instructions do not mandate the handoff protocol",
        "{0}; Expected: agent instructions that read {1} at the start of a session (or import it with @{1}) and rewrite it before the session ends or compacts. Run 'handofflint init' or add the session protocol",
        RuleCategories.Protocol,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Repository;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        // Outside a repository there are no instructions to judge; without a note, HL0001 already says how to start.
        if (!ProtocolFiles.IsRepositoryNote(context) || context.FileState == HandoffFileState.Missing) return;

        var instructions = context.GetShared(AgentInstructions.Read);
        if (instructions.IsMandated) return;

        var note = instructions.NoteRelativePath;
        if (instructions.Files.Count == 0)
        {
            var names = string.Join(", ", RuleInputFiles.AgentInstructions);
            context.Report(Rule, SourceLocation.WholeFile(ProtocolFiles.DisplayPath(context, "CLAUDE.md")), $"No agent instructions ({names}) tell an agent that {note} exists", note);
            return;
        }

        // Report on the file that comes closest, at the line that names the note, saying which half is missing.
        var best = instructions.Files.OrderByDescending(f => f.Coverage).ThenByDescending(f => f.FirstMention is not null).First();
        var missing = new List<string>();
        if (!best.ReadsNote) missing.Add($"read {note} at the start");
        if (!best.RewritesNote) missing.Add($"rewrite {note} before the end or compaction");
        var what = best.FirstMention is null
            ? $"{best.RelativePath} never mentions {note}"
            : $"{best.RelativePath} does not tell the agent to {string.Join(" or to ", missing)}";
        var path = ProtocolFiles.DisplayPath(context, best.RelativePath);
        var location = best.FirstMention is int line ? new SourceLocation(path, line, 1, line, best.Lines[line - 1].Length + 1) : SourceLocation.WholeFile(path);
        context.Report(Rule, location, what, note);
    }
}
