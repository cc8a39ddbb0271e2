using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Diagnostics;
using HandoffLint.Git;
using HandoffLint.Text;

namespace HandoffLint.Hooks;

/// <summary>
/// Runs HandoffLint's agent hooks. SessionStart gives the agent the note and the current findings and records where the
/// session started; Stop (after every response) and PreCompact check, cheaply, whether the session changed files without
/// rewriting the note, or rewrote it with errors, and if so keep the agent working with a reason naming what to update.
/// </summary>
/// <remarks>
/// A hook must never break the agent: <see cref="Run"/> does not throw. Malformed input, no repository, no git, no note:
/// the answer is exit code 0 with nothing on standard output and the reason on standard error.
/// </remarks>
public sealed class HookRunner
{
    /// <summary>
    /// The most characters HandoffLint puts in one context or reason. Claude Code caps hook output strings at 10,000
    /// characters and replaces longer ones with a preview and a file path; staying under it keeps the note in the context.
    /// </summary>
    public const int MaxOutputCharacters = 9_500;

    private const int MaxListedPaths = 8;
    private const int MaxListedFindings = 12;

    private readonly IClock _clock;

    /// <summary>Creates a runner that dates what it records by <paramref name="clock"/>.</summary>
    public HookRunner(IClock? clock = null) => _clock = clock ?? SystemClock.Instance;

    /// <summary>Runs one hook call. Never throws.</summary>
    public HookResponse Run(HookRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var errors = new StringBuilder();
        try
        {
            var payload = HookPayload.TryParse(request.Input, out var problem);
            if (payload is null) return Quiet(errors, problem + "; nothing was checked");

            var folder = payload.WorkingDirectory is { } cwd && Directory.Exists(cwd) ? cwd : request.WorkingDirectory;
            return request.Event switch
            {
                HookEvent.SessionStart => SessionStart(request, payload, folder, errors),
                HookEvent.Stop => Stop(request, payload, folder, errors),
                _ => PreCompact(request, payload, folder, errors),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must not stop the agent: say what failed and let it go on.
            return Quiet(errors, $"internal error: {e.GetType().Name}: {e.Message.TrimEnd('.')}; nothing was checked. Please report this");
        }
    }

    private HookResponse SessionStart(HookRequest request, HookPayload payload, string folder, StringBuilder errors)
    {
        var workspace = HandoffWorkspace.Open(folder, request.NotePath, options => options.CheckWorkingTree = true);
        foreach (var problem in workspace.Problems) Warn(errors, problem);
        if (workspace.NoteProblem is not null) return Quiet(errors, null);
        var lint = workspace.NoteBytes is null ? null : new HandoffLinter(_clock).Lint(workspace.Note);

        string? reminder = null;
        var sessionId = payload.SessionId;
        if (sessionId is null) Warn(errors, "the payload has no session_id; the session's starting point is not recorded, so the stop check cannot run");
        else if (workspace.Repository is null) Warn(errors, $"'{workspace.Root}' is not inside a git repository; the session's starting point is not recorded, so the stop check cannot run");
        else reminder = RecordStart(workspace, sessionId, payload.Source, errors);

        var context = SessionContext.Compose(workspace, lint, reminder, MaxOutputCharacters);
        if (workspace.NoteBytes is null) Warn(errors, $"no handoff note at {workspace.NoteShownAs}; the agent was told so");
        return new HookResponse(0, HookOutput.SessionContext(request.Agent, context), errors.ToString());
    }

    /// <summary>
    /// Records the session's starting point. A resumed, cleared or compacted session keeps the one it had, so that work done
    /// before a compaction still asks for the note; its compaction reminder, if any, is handed back once and cleared.
    /// </summary>
    private string? RecordStart(HandoffWorkspace workspace, string sessionId, string? source, StringBuilder errors)
    {
        var store = new SessionStateStore(workspace.Repository!.GitDirectory);
        try
        {
            var existing = source is "startup" ? null : store.Load(sessionId);
            if (existing is not null)
            {
                var reminder = existing.CompactionReminder;
                if (reminder is not null)
                {
                    existing.CompactionReminder = null;
                    store.Save(existing);
                }

                return reminder;
            }

            store.DeleteOlderThan(_clock.Now);
            store.Save(NewState(workspace, sessionId));
        }
        catch (GitException e)
        {
            Warn(errors, $"git could not be asked ({e.Message.TrimEnd('.')}); the session's starting point is not recorded, so the stop check cannot run");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(errors, $"cannot write the session state under {store.Folder} ({e.Message.TrimEnd('.')}); the stop check cannot run");
        }

        return null;
    }

    private HookResponse Stop(HookRequest request, HookPayload payload, string folder, StringBuilder errors)
    {
        // Cursor reports stops that were aborted or failed; only a completed response is checked.
        if (payload.Status is { } status && !string.Equals(status, "completed", StringComparison.OrdinalIgnoreCase)) return Quiet(errors, null);

        var check = Check(payload, folder, request.NotePath, errors);
        if (check is null) return Quiet(errors, null);
        var (state, store, workspace, verdict) = check.Value;
        try
        {
            // The loop guard counts here, per session, rather than trusting the agent's own flag: Gemini CLI sends
            // stop_hook_active false when the model answered a block with tool calls, and then no block would ever end.
            if (!string.Equals(state.BlockedNoteHash, workspace.NoteHash, StringComparison.Ordinal)) state.BlocksWithoutProgress = 0;
            if (verdict is null)
            {
                if (state.BlocksWithoutProgress > 0 || state.BlockedNoteHash is not null)
                {
                    state.BlocksWithoutProgress = 0;
                    state.BlockedNoteHash = null;
                    store.Save(state);
                }

                return Quiet(errors, null);
            }

            if (state.BlocksWithoutProgress >= request.MaxBlocks)
            {
                return Quiet(errors, $"let the agent stop after {Count(state.BlocksWithoutProgress, "block")} without progress on the note (--max-blocks {request.MaxBlocks}); still wanting: {FirstLine(verdict.Reason)}");
            }

            state.BlocksWithoutProgress++;
            state.BlockedNoteHash = workspace.NoteHash;
            if (verdict.NewFindings.Count > 0) state.ReportedFindings = state.ReportedFindings.Concat(verdict.NewFindings).Distinct(StringComparer.Ordinal).ToArray();
            store.Save(state);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the count the guard cannot hold; letting the agent go is the safe side.
            return Quiet(errors, $"cannot write the session state under {store.Folder} ({e.Message.TrimEnd('.')}); the agent was let go");
        }

        return new HookResponse(0, HookOutput.ContinueWith(request.Agent, verdict.Reason), errors.ToString());
    }

    private HookResponse PreCompact(HookRequest request, HookPayload payload, string folder, StringBuilder errors)
    {
        // Gemini CLI fires PreCompress before model requests that compress nothing, so it is no evidence that the context
        // was compacted: say nothing rather than tell the agent, later, of a compaction that did not happen.
        if (request.Agent == HookAgent.Gemini) return Quiet(errors, null);

        var check = Check(payload, folder, request.NotePath, errors);
        if (check is not { Verdict: { } verdict } found) return Quiet(errors, null);

        // PreCompact cannot put text in front of the agent; the SessionStart hook that runs after compaction will.
        try
        {
            found.State.CompactionReminder = verdict.Reason;
            found.Store.Save(found.State);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(errors, $"cannot write the session state under {found.Store.Folder} ({e.Message.TrimEnd('.')}); the agent will not be told after compaction");
        }

        if (request.BlockCompaction && request.Agent == HookAgent.Claude)
        {
            errors.Append("HandoffLint blocked compaction: ").Append(verdict.Reason).Append('\n');
            return new HookResponse(2, string.Empty, errors.ToString());
        }

        return new HookResponse(0, string.Empty, errors.ToString());
    }

    /// <summary>Why the agent should not stop yet, and the new warnings it names (to be named only once).</summary>
    private sealed record Verdict(string Reason, IReadOnlyList<string> NewFindings);

    /// <summary>
    /// The session's state and whether the note needs the agent's attention before it stops (a null verdict when it does
    /// not); null altogether when nothing can be judged (no session, no repository, no starting point yet).
    /// </summary>
    private (SessionState State, SessionStateStore Store, HandoffWorkspace Workspace, Verdict? Verdict)? Check(HookPayload payload, string folder, string? notePath, StringBuilder errors)
    {
        var sessionId = payload.SessionId;
        if (sessionId is null)
        {
            Warn(errors, "the payload has no session_id; nothing was checked");
            return null;
        }

        // The check is about what the note says; git history was judged at session start.
        var workspace = HandoffWorkspace.Open(folder, notePath, options => options.GitRulesEnabled = false, startWorkingTreeSnapshot: true);
        foreach (var problem in workspace.Problems) Warn(errors, problem);
        if (workspace.NoteProblem is not null) return null;
        if (workspace.Repository is null)
        {
            Warn(errors, $"'{workspace.Root}' is not inside a git repository; nothing was checked");
            return null;
        }

        var store = new SessionStateStore(workspace.Repository.GitDirectory);
        try
        {
            var state = store.Load(sessionId);
            if (state is null)
            {
                // No SessionStart hook ran for this session (not wired, or the session predates it): start counting from now.
                store.Save(NewState(workspace, sessionId));
                Warn(errors, $"no starting point was recorded for session {sessionId} (is the SessionStart hook wired?); recorded one now, so the next check can judge");
                return null;
            }

            var verdict = !string.Equals(state.NoteHash, workspace.NoteHash, StringComparison.Ordinal)
                ? CheckRewrittenNote(workspace, state)
                : CheckWorkWithoutNote(workspace, state) is { } reason ? new Verdict(reason, Array.Empty<string>()) : null;
            return (state, store, workspace, verdict);
        }
        catch (GitException e)
        {
            Warn(errors, $"git could not be asked ({e.Message.TrimEnd('.')}); nothing was checked");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(errors, $"cannot use the session state under {store.Folder} ({e.Message.TrimEnd('.')}); nothing was checked");
        }

        return null;
    }

    /// <summary>A starting point: HEAD, the note's hash, the uncommitted files, and the note's findings now.</summary>
    private SessionState NewState(HandoffWorkspace workspace, string sessionId) =>
        new(sessionId, _clock.Now, workspace.Repository!.ReadHead().Commit, workspace.NoteHash, workspace.SnapshotWorkingTree())
        {
            StartFindings = workspace.NoteBytes is null ? null : NoteFindings(workspace).Select(FindingKey).Distinct(StringComparer.Ordinal).ToArray(),
        };

    /// <summary>
    /// The note's own findings, git's aside: the stop check is about what the note says (git was judged at the start, and
    /// uncommitted work there is the work-without-note check's to report). Lints the note the workspace resolved once.
    /// </summary>
    private IEnumerable<Diagnostic> NoteFindings(HandoffWorkspace workspace) =>
        new HandoffLinter(_clock).Lint(workspace.Note).Diagnostics
            .Where(d => d.Location.Path == workspace.NoteShownAs && d.Descriptor.Category != RuleCategories.Git);

    /// <summary>A finding as the stop check compares it between the start and now: its ID and message, not its line.</summary>
    private static string FindingKey(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.Message;

    private static string FirstLine(string text) => text.Split('\n')[0];

    /// <summary>
    /// The note changed in this session: fine, unless it is gone, has error-level findings, or has warnings it did not have at
    /// the start that the agent was not told of yet (a session must not leave the note worse than it found it).
    /// </summary>
    private Verdict? CheckRewrittenNote(HandoffWorkspace workspace, SessionState state)
    {
        var note = workspace.NoteShownAs;
        if (workspace.NoteBytes is null)
        {
            return new Verdict($"{note} was deleted in this session, and the next session starts from it. Restore it and rewrite it for the next session. {SessionContext.WhatToWrite(workspace, _clock)}", Array.Empty<string>());
        }

        var findings = NoteFindings(workspace).ToArray();
        var errors = findings.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var known = new HashSet<string>(state.StartFindings ?? Array.Empty<string>(), StringComparer.Ordinal);
        known.UnionWith(state.ReportedFindings);
        // Without the findings at the start (a state from before they were recorded) a warning cannot be told new from old.
        var newWarnings = state.StartFindings is null
            ? Array.Empty<Diagnostic>()
            : findings.Where(d => d.Severity == DiagnosticSeverity.Warning && !known.Contains(FindingKey(d))).ToArray();
        if (errors.Length == 0 && newWarnings.Length == 0) return null;

        var text = new StringBuilder();
        text.Append(note).Append(" was rewritten in this session but ");
        if (errors.Length > 0) text.Append("has ").Append(Count(errors.Length, "error")).Append(" that HandoffLint reports");
        if (errors.Length > 0 && newWarnings.Length > 0) text.Append(", and ");
        if (newWarnings.Length > 0) text.Append("now has ").Append(Count(newWarnings.Length, "warning")).Append(" it did not have when the session started");
        text.Append("; fix ").Append(errors.Length + newWarnings.Length == 1 ? "it" : "them").Append(" before stopping:");
        var listed = errors.Concat(newWarnings).ToArray();
        foreach (var d in listed.Take(MaxListedFindings)) text.Append('\n').Append("- ").Append(SessionContext.Describe(d, note));
        if (listed.Length > MaxListedFindings) text.Append('\n').Append("- and ").Append(listed.Length - MaxListedFindings).Append(" more (run 'handofflint lint ").Append(note).Append("')");
        if (newWarnings.Length > 0) text.Append('\n').Append(SessionContext.WhatToWrite(workspace, _clock));
        return new Verdict(Cut(text.ToString()), newWarnings.Select(FindingKey).Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The note did not change: fine, unless the session changed files (committed or not).</summary>
    private string? CheckWorkWithoutNote(HandoffWorkspace workspace, SessionState state)
    {
        var repository = workspace.Repository!;
        var filter = workspace.Filter;
        var head = repository.ReadHead().Commit;
        var commits = new List<GitCommit>();
        if (head is not null && !string.Equals(head, state.Head, StringComparison.Ordinal))
        {
            commits.AddRange(repository.GetCommitsSince(state.Head, 50).Commits.Where(c => c.Files.Any(filter.Counts)));
        }

        var changed = WorkingTreeEntry.Differences(state.WorkingTree, workspace.SnapshotWorkingTree());
        if (commits.Count == 0 && changed.Count == 0) return null;

        var note = workspace.NoteShownAs;
        var text = new StringBuilder("This session ");
        if (changed.Count > 0) text.Append("changed ").Append(ListPaths(changed));
        if (commits.Count > 0)
        {
            text.Append(changed.Count > 0 ? " and made " : "made ").Append(Count(commits.Count, "commit")).Append(" (")
                .Append(string.Join("; ", commits.Take(3).Select(c => c.ShortHash + " " + c.Subject)))
                .Append(commits.Count > 3 ? "; ..." : string.Empty).Append(')');
        }

        text.Append(workspace.NoteBytes is null
            ? $", but there is no handoff note at {note}. Write one for the next session before stopping ('handofflint init' creates it from the schema). "
            : $", but {note} is unchanged since the session started. Rewrite it for the next session before stopping. ");
        text.Append(SessionContext.WhatToWrite(workspace, _clock));
        return Cut(text.ToString());
    }

    private static string ListPaths(IReadOnlyList<string> paths)
    {
        var shown = string.Join(", ", paths.Take(MaxListedPaths));
        return paths.Count > MaxListedPaths ? $"{shown} and {paths.Count - MaxListedPaths} more files" : shown;
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static string Cut(string text) =>
        text.Length <= MaxOutputCharacters ? text : text.Substring(0, MaxOutputCharacters - 40) + "\n[cut by HandoffLint to fit the hook limit]";

    private static HookResponse Quiet(StringBuilder errors, string? why)
    {
        if (why is not null) Warn(errors, why);
        return new HookResponse(0, string.Empty, errors.ToString());
    }

    // Paths, git messages and note text in a warning are escaped: standard error goes to the agent's terminal and logs.
    private static void Warn(StringBuilder errors, string message) => errors.Append("handofflint: ").Append(TerminalText.Escape(message)).Append('\n');
}
