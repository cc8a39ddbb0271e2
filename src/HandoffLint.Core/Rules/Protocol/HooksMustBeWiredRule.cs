using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Diagnostics;
using HandoffLint.Json;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// HL0041: in a repository that uses Claude Code (it has a <c>.claude</c> folder), the project settings must be valid JSON and
/// run the handoff hooks: SessionStart on startup, resume and compact (so every fresh context starts from the note) and Stop
/// (so the note is checked before the agent stops), with commands that can start HandoffLint (<see cref="HookCommandResolver"/>).
/// </summary>
internal sealed class HooksMustBeWiredRule : HandoffRule
{
    private const string HowToWire =
        "Expected: .claude/settings.json running 'handofflint hook claude session-start' on SessionStart (matcher 'startup|resume|clear|compact') " +
        "and 'handofflint hook claude stop' on Stop; 'handofflint init' adds them";

    private const string HowToCommand =
        "Expected: a command the agent's shell can run however HandoffLint is installed; 'handofflint init' writes one for the install it was started from " +
        "(global tool, tool manifest, --tool-path, binary), or pass it with --hook-command";

    private static readonly Regex HandoffWord = new(@"\bhand[- ]?off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.HooksNotWired,
        "Claude Code hooks do not deliver and check the handoff note",
        "{0}. {1}",
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
        if (!settings.FolderExists) return;

        foreach (var file in settings.Files)
        {
            var path = ProtocolFiles.DisplayPath(context, file.RelativePath);
            if (file.IsUnreadable)
            {
                context.Report(Rule, SourceLocation.WholeFile(path), $"{file.RelativePath} cannot be read as UTF-8 text", "Claude Code cannot read its settings either; save it as UTF-8");
            }
            else if (file.Error is { } error)
            {
                context.Report(Rule, new SourceLocation(path, error.Line, error.Column, error.Line, error.Column + 1),
                    $"{file.RelativePath} is not valid JSON: {error.Reason}", "Claude Code ignores the whole file, its hooks included; fix the JSON");
            }
            else if (file.Root is not JsonObject)
            {
                context.Report(Rule, At(path, file.Root!), $"{file.RelativePath} holds a JSON {Describe(file.Root!)}, not an object", "Claude Code reads settings from an object: { \"hooks\": { ... } }");
            }
            else if (file.HooksMember is { } hooks && hooks.Value is not JsonObject)
            {
                context.Report(Rule, At(path, hooks), $"'hooks' in {file.RelativePath} is a JSON {Describe(hooks.Value)}, not an object of events", HowToWire);
            }
            else if (file.DisableAllHooks is { } disable)
            {
                context.Report(Rule, At(path, disable), $"{file.RelativePath} sets disableAllHooks to true, so no hook runs, the handoff hooks included", "Remove it, or set it to false");
            }
        }

        // A settings file that cannot be read hides whatever hooks it has: the finding above is the one to act on first.
        if (settings.Files.Any(f => f.Root is not JsonObject || (f.HooksMember is { } h && h.Value is not JsonObject) || f.DisableAllHooks is not null)) return;
        var usable = settings.Files;

        var note = ProtocolFiles.NoteRelativePath(context);
        var noteName = Path.GetFileNameWithoutExtension(note);
        var shared = usable.FirstOrDefault(f => f.RelativePath == RuleInputFiles.ClaudeSharedSettings);
        var sharedPath = ProtocolFiles.DisplayPath(context, RuleInputFiles.ClaudeSharedSettings);

        // SessionStart: which sources start with a hook that gives the agent the note?
        var sessionStart = settings.Handlers("SessionStart").ToArray();
        var delivering = sessionStart.Where(h => Mentions(h.Text, "session-start", noteName)).ToArray();
        var uncovered = ClaudeSettings.RequiredSources.Where(source => !delivering.Any(h => h.Covers(source))).ToArray();
        if (uncovered.Length > 0)
        {
            var what = delivering.Length == 0
                ? "No SessionStart hook gives the agent the note, so a new session starts without it"
                : $"The SessionStart hook that gives the agent the note does not run on {string.Join(", ", uncovered)}, so those sessions start without it";
            context.Report(Rule, Where(sharedPath, shared, sessionStart.FirstOrDefault()?.EventMember), what, HowToWire);
        }

        var stop = settings.Handlers("Stop").ToArray();
        if (!stop.Any(h => Mentions(h.Text, "stop", noteName)))
        {
            context.Report(Rule, Where(sharedPath, shared, stop.FirstOrDefault()?.EventMember),
                "No Stop hook checks the note, so nothing stops an agent that ends a session without rewriting it", HowToWire);
        }

        ReportUnresolvableCommands(context, settings);
    }

    /// <summary>A HandoffLint hook whose command cannot start HandoffLint fails in the agent's shell (exit 127), and the agent carries on unchecked.</summary>
    private static void ReportUnresolvableCommands(RuleContext context, ClaudeSettings settings)
    {
        foreach (var handler in ClaudeSettings.Events.SelectMany(settings.Handlers))
        {
            if (handler.Type != "command" || handler.CommandValue?.AsString() is not { } command) continue;
            if (command.IndexOf("handofflint", StringComparison.OrdinalIgnoreCase) < 0) continue;
            if (HookCommandResolver.WhyUnresolvable(command, context.RepositoryRoot!) is not { } why) continue;
            var path = ProtocolFiles.DisplayPath(context, handler.File.RelativePath);
            context.Report(Rule, At(path, handler.CommandValue!), $"The {handler.EventName} hook command cannot start HandoffLint: {why}", HowToCommand);
        }
    }

    /// <summary>A handler counts when it runs HandoffLint's hook for the event or names the note (for example <c>cat docs/SESSION-HANDOFF.md</c>).</summary>
    private static bool Mentions(string text, string hookEvent, string noteName) =>
        (text.IndexOf("handofflint", StringComparison.OrdinalIgnoreCase) >= 0 && text.IndexOf(hookEvent, StringComparison.OrdinalIgnoreCase) >= 0) ||
        text.IndexOf(noteName, StringComparison.OrdinalIgnoreCase) >= 0 ||
        HandoffWord.IsMatch(text);

    private static SourceLocation Where(string sharedPath, ClaudeSettingsFile? shared, JsonMember? eventMember)
    {
        if (eventMember is not null && shared is not null && shared.HooksMember?.Value is JsonObject hooks && hooks.Members.Contains(eventMember)) return At(sharedPath, eventMember);
        if (shared?.HooksMember is { } member) return At(sharedPath, member);
        return SourceLocation.WholeFile(sharedPath);
    }

    private static SourceLocation At(string path, JsonMember member) => new(path, member.Line, member.Column, member.Line, member.Column + member.Name.Length + 2);

    private static SourceLocation At(string path, JsonValue value) => new(path, value.Line, value.Column, value.EndLine, value.EndColumn);

    private static string Describe(JsonValue value) => value.Kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.Boolean => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };
}
