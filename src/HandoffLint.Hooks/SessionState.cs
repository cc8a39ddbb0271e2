using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandoffLint.Hooks;

/// <summary>
/// Where a session started: the note's content hash, HEAD, and the working tree's uncommitted files as they were. The Stop
/// hook compares the repository with it to tell work this session did from work that was already there.
/// </summary>
public sealed class SessionState
{
    /// <summary>
    /// The file format's version; a state file of another version is ignored and a new starting point recorded. Version 2
    /// changed the note's hash from SHA-256 to <see cref="SessionStateStore.ContentHash"/>.
    /// </summary>
    public const int FormatVersion = 2;

    /// <summary>Creates a state record.</summary>
    public SessionState(string sessionId, DateTimeOffset startedAt, string? head, string? noteHash, IReadOnlyList<WorkingTreeEntry> workingTree)
    {
        SessionId = sessionId ?? throw new ArgumentNullException(nameof(sessionId));
        StartedAt = startedAt;
        Head = head;
        NoteHash = noteHash;
        WorkingTree = workingTree ?? throw new ArgumentNullException(nameof(workingTree));
    }

    /// <summary>The agent's session ID.</summary>
    public string SessionId { get; }

    /// <summary>When the starting point was recorded.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>HEAD's commit at the start, or null in a repository without commits.</summary>
    public string? Head { get; }

    /// <summary>The note's <see cref="SessionStateStore.ContentHash"/> at the start, or null when there was no note.</summary>
    public string? NoteHash { get; }

    /// <summary>The uncommitted files that counted as work at the start, with their size and modification time.</summary>
    public IReadOnlyList<WorkingTreeEntry> WorkingTree { get; }

    /// <summary>
    /// Why the note was found wanting when the context was compacted, kept for the SessionStart hook that runs right after
    /// compaction to tell the agent (PreCompact itself has no way to reach it); null when there is nothing to tell.
    /// </summary>
    public string? CompactionReminder { get; set; }

    /// <summary>
    /// The note's findings (ID and message, git rules aside) when the session started, or null when they were not recorded:
    /// the stop check blocks on warnings only when they are new, so a session is asked to keep the note no worse than it
    /// found it, never to fix what was already there.
    /// </summary>
    public IReadOnlyList<string>? StartFindings { get; set; }

    /// <summary>New warnings the stop check has already named to the agent; each is named once, then let go.</summary>
    public IReadOnlyList<string> ReportedFindings { get; set; } = Array.Empty<string>();

    /// <summary>Blocks in a row without progress (the note unchanged since the last block): the loop guard's count.</summary>
    public int BlocksWithoutProgress { get; set; }

    /// <summary>The note's content hash at the last block, to tell progress (the note changed since) from none.</summary>
    public string? BlockedNoteHash { get; set; }

    /// <summary>The state as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new StateFile
        {
            Version = FormatVersion,
            SessionId = SessionId,
            StartedAt = StartedAt.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
            Head = Head,
            NoteHash = NoteHash,
            WorkingTree = WorkingTree.Select(e => (StateFileEntry?)new StateFileEntry { Path = e.Path, Size = e.Size, ModifiedTicks = e.ModifiedTicks }).ToList(),
            CompactionReminder = CompactionReminder,
            StartFindings = StartFindings?.Select(f => (string?)f).ToList(),
            ReportedFindings = ReportedFindings.Count == 0 ? null : ReportedFindings.Select(f => (string?)f).ToList(),
            BlocksWithoutProgress = BlocksWithoutProgress == 0 ? null : BlocksWithoutProgress,
            BlockedNoteHash = BlockedNoteHash,
        },
        HookJsonContext.Compact.StateFile) + "\n";

    /// <summary>Reads a state written by <see cref="ToJson"/>; null when the text is not one (damaged, or another version).</summary>
    public static SessionState? FromJson(string text)
    {
        StateFile? file;
        try
        {
            file = JsonSerializer.Deserialize(text, HookJsonContext.Compact.StateFile);
        }
        catch (JsonException)
        {
            return null;
        }

        if (file is null || file.Version != FormatVersion || file.SessionId is not { } sessionId || file.WorkingTree is not { } entries) return null;
        if (!DateTimeOffset.TryParse(file.StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startedAt)) return null;

        var workingTree = new List<WorkingTreeEntry>();
        foreach (var entry in entries)
        {
            if (entry?.Path is not { } path || entry.Size is not { } size || entry.ModifiedTicks is not { } modified) return null;
            workingTree.Add(new WorkingTreeEntry(path, size, modified));
        }

        return new SessionState(sessionId, startedAt, file.Head, file.NoteHash, workingTree)
        {
            CompactionReminder = file.CompactionReminder,
            StartFindings = file.StartFindings?.OfType<string>().ToArray(),
            ReportedFindings = file.ReportedFindings?.OfType<string>().ToArray() ?? Array.Empty<string>(),
            BlocksWithoutProgress = (int)Math.Clamp(file.BlocksWithoutProgress ?? 0, 0, int.MaxValue),
            BlockedNoteHash = file.BlockedNoteHash,
        };
    }

    /// <summary>The state file's JSON shape (version 2).</summary>
    internal sealed class StateFile
    {
        [JsonPropertyName("version")]
        public long Version { get; set; }

        [JsonPropertyName("sessionId")]
        public string? SessionId { get; set; }

        [JsonPropertyName("startedAt")]
        public string? StartedAt { get; set; }

        [JsonPropertyName("head")]
        public string? Head { get; set; }

        [JsonPropertyName("noteHash")]
        public string? NoteHash { get; set; }

        [JsonPropertyName("workingTree")]
        public List<StateFileEntry?>? WorkingTree { get; set; }

        [JsonPropertyName("compactionReminder")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CompactionReminder { get; set; }

        [JsonPropertyName("startFindings")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public List<string?>? StartFindings { get; set; }

        [JsonPropertyName("reportedFindings")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public List<string?>? ReportedFindings { get; set; }

        [JsonPropertyName("blocksWithoutProgress")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public long? BlocksWithoutProgress { get; set; }

        [JsonPropertyName("blockedNoteHash")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? BlockedNoteHash { get; set; }
    }

    /// <summary>One <see cref="WorkingTreeEntry"/> in the state file.</summary>
    internal sealed class StateFileEntry
    {
        [JsonPropertyName("path")]
        public string? Path { get; set; }

        [JsonPropertyName("size")]
        public long? Size { get; set; }

        [JsonPropertyName("modifiedTicks")]
        public long? ModifiedTicks { get; set; }
    }
}

/// <summary>One uncommitted file as it was: enough to tell, cheaply, whether it changed since.</summary>
public sealed class WorkingTreeEntry : IEquatable<WorkingTreeEntry>
{
    /// <summary>Creates an entry.</summary>
    public WorkingTreeEntry(string path, long size, long modifiedTicks)
    {
        Path = path;
        Size = size;
        ModifiedTicks = modifiedTicks;
    }

    /// <summary>The path relative to the repository root, '/'-separated.</summary>
    public string Path { get; }

    /// <summary>The size in bytes, or -1 when the file does not exist (deleted).</summary>
    public long Size { get; }

    /// <summary>The last write time in UTC ticks, or 0 when the file does not exist.</summary>
    public long ModifiedTicks { get; }

    /// <inheritdoc />
    public bool Equals(WorkingTreeEntry? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Size == other.Size && ModifiedTicks == other.ModifiedTicks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkingTreeEntry);

    /// <inheritdoc />
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Path) * 397) ^ Size.GetHashCode() ^ ModifiedTicks.GetHashCode();

    /// <summary>The paths whose entries differ between two snapshots (changed, new, or gone), sorted.</summary>
    public static IReadOnlyList<string> Differences(IEnumerable<WorkingTreeEntry> before, IEnumerable<WorkingTreeEntry> after)
    {
        var old = before.ToDictionary(e => e.Path, StringComparer.Ordinal);
        var now = after.ToDictionary(e => e.Path, StringComparer.Ordinal);
        return old.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Where(path => !old.TryGetValue(path, out var a) || !now.TryGetValue(path, out var b) || !a.Equals(b))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
    }
}
