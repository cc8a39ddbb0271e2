using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// HL0042: a Stop hook that only echoes a reminder (the pattern's <c>echo '{"systemMessage": "REMINDER: ..."}'</c>) never
/// reaches the agent: Claude Code shows a <c>systemMessage</c> to the user only, and writes a Stop hook's plain output to its
/// debug log. The agent stops as if there were no hook.
/// </summary>
internal sealed class ReminderMustReachAgentRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.ReminderNeverReachesAgent,
        "Stop hook reminder never reaches the agent",
        "This {0} hook only prints {1}, which {2}; the agent never sees it. Run 'handofflint hook claude stop' instead: it blocks with a reason the agent reads, and only when the note needs it",
        RuleCategories.Protocol,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override RuleScope Scope => RuleScope.Repository;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        if (!ProtocolFiles.IsRepositoryNote(context)) return;
        var settings = context.GetShared(ClaudeSettings.Read);
        foreach (var handler in new[] { "Stop", "SubagentStop" }.SelectMany(settings.Handlers))
        {
            if (handler.Type != "command" || handler.CommandValue?.AsString() is not { } command) continue;
            if (handler.Handler["args"] is not null) continue; // Exec form runs a program, not a shell echo.
            if (!ClaudeSettings.OnlyPrints(command, out var systemMessage)) continue;

            var value = handler.CommandValue!;
            var path = ProtocolFiles.DisplayPath(context, handler.File.RelativePath);
            context.Report(Rule, new SourceLocation(path, value.Line, value.Column, value.EndLine, value.EndColumn),
                handler.EventName,
                systemMessage ? "a systemMessage" : "text",
                systemMessage ? "Claude Code shows to the user only" : "Claude Code writes to its debug log only");
        }
    }
}
