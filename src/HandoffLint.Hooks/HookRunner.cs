using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Diagnostics;
using HandoffLint.Git;

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
        var workspace = HandoffWorkspace.Open(folder, request.NotePath);
        var lint = workspace.NoteBytes is null ? null : new HandoffLinter(_clock).Lint(new LintRequest(workspace.NoteFullPath)
        {
            DisplayPath = workspace.NoteShownAs,
            RepositoryRoot = workspace.Root,
            Configure = options =>
            {
                options.HandoffPath = workspace.Options.HandoffPath;
                options.CheckWorkingTree = true;
            },
        });

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
            store.Save(new SessionState(sessionId, _clock.Now, workspace.Repository.ReadHead().Commit, workspace.NoteHash, workspace.SnapshotWorkingTree()));
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
        // Loop protection: the agent is already continuing because of a stop hook. Let it stop, quietly.
        if (payload.IsContinuationAfterBlock) return Quiet(errors, null);
        if (payload.Status is { } status && !string.Equals(status, "completed", StringComparison.OrdinalIgnoreCase)) return Quiet(errors, null);

        var verdict = Check(payload, folder, request.NotePath, errors, out _);
        return verdict is null
            ? Quiet(errors, null)
            : new HookResponse(0, HookOutput.ContinueWith(request.Agent, verdict), errors.ToString());
    }

    private HookResponse PreCompact(HookRequest request, HookPayload payload, string folder, StringBuilder errors)
    {
        var verdict = Check(payload, folder, request.NotePath, errors, out var saveReminder);
        if (verdict is null) return Quiet(errors, null);

        // PreCompact cannot put text in front of the agent; the SessionStart hook that runs after compaction will.
        saveReminder?.Invoke(verdict);
        if (request.BlockCompaction && request.Agent == HookAgent.Claude)
        {
            errors.Append("HandoffLint blocked compaction: ").Append(verdict).Append('\n');
            return new HookResponse(2, string.Empty, errors.ToString());
        }

        return new HookResponse(0, string.Empty, errors.ToString());
    }

    /// <summary>
    /// Whether the note needs the agent's attention before it stops: null when it does not (or when it cannot be told), else
    /// the reason, written for the agent. <paramref name="saveReminder"/> records a reason in the session's state.
    /// </summary>
    private string? Check(HookPayload payload, string folder, string? notePath, StringBuilder errors, out Action<string>? saveReminder)
    {
        saveReminder = null;
        var sessionId = payload.SessionId;
        if (sessionId is null)
        {
            Warn(errors, "the payload has no session_id; nothing was checked");
            return null;
        }

        var workspace = HandoffWorkspace.Open(folder, notePath);
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
                store.Save(new SessionState(sessionId, _clock.Now, workspace.Repository.ReadHead().Commit, workspace.NoteHash, workspace.SnapshotWorkingTree()));
                Warn(errors, $"no starting point was recorded for session {sessionId} (is the SessionStart hook wired?); recorded one now, so the next check can judge");
                return null;
            }

            saveReminder = reason =>
            {
                state.CompactionReminder = reason;
                store.Save(state);
            };

            if (!string.Equals(state.NoteHash, workspace.NoteHash, StringComparison.Ordinal)) return CheckRewrittenNote(workspace);
            return CheckWorkWithoutNote(workspace, state);
        }
        catch (GitException e)
        {
            Warn(errors, $"git could not be asked ({e.Message.TrimEnd('.')}); nothing was checked");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn(errors, $"cannot use the session state under {store.Folder} ({e.Message.TrimEnd('.')}); nothing was checked");
        }

        saveReminder = null;
        return null;
    }

    /// <summary>The note changed in this session: fine, unless it is gone or has error-level findings.</summary>
    private string? CheckRewrittenNote(HandoffWorkspace workspace)
    {
        var note = workspace.NoteShownAs;
        if (workspace.NoteBytes is null)
        {
            return $"{note} was deleted in this session, and the next session starts from it. Restore it and rewrite it for the next session. {SessionContext.WhatToWrite(workspace, _clock)}";
        }

        var lint = new HandoffLinter(_clock).Lint(new LintRequest(workspace.NoteFullPath)
        {
            DisplayPath = note,
            RepositoryRoot = workspace.Root,
            Configure = options =>
            {
                options.HandoffPath = workspace.Options.HandoffPath;
                options.GitRulesEnabled = false; // The check is about what the note says; git history was judged at session start.
            },
        });
        var errors = lint.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.Path == note).ToArray();
        if (errors.Length == 0) return null;

        var text = new StringBuilder();
        text.Append(note).Append(" was rewritten in this session but has ")
            .Append(Count(errors.Length, "error")).Append(" that HandoffLint reports; fix ").Append(errors.Length == 1 ? "it" : "them").Append(" before stopping:");
        foreach (var d in errors.Take(MaxListedFindings)) text.Append('\n').Append("- ").Append(SessionContext.Describe(d, note));
        if (errors.Length > MaxListedFindings) text.Append('\n').Append("- and ").Append(errors.Length - MaxListedFindings).Append(" more (run 'handofflint lint ").Append(note).Append("')");
        return Cut(text.ToString());
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

    private static void Warn(StringBuilder errors, string message) => errors.Append("handofflint: ").Append(message).Append('\n');
}
