using System;
using System.IO;
using System.IO.Hashing;
using System.Text;
using HandoffLint.IO;

namespace HandoffLint.Hooks;

/// <summary>
/// Keeps each session's <see cref="SessionState"/> in a small file inside the git folder
/// (<c>.git/handofflint/sessions/&lt;session&gt;.json</c>; a worktree's own git folder in a worktree), so that nothing appears in
/// the working tree, <c>git status</c> stays clean, and nothing is ever committed by accident.
/// </summary>
public sealed class SessionStateStore
{
    /// <summary>State files older than this are deleted when a new session starts; nobody resumes a session after a month.</summary>
    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromDays(30);

    private const int MaxNameLength = 80;

    /// <summary>Creates a store under <paramref name="gitDirectory"/>.</summary>
    public SessionStateStore(string gitDirectory) =>
        Folder = Path.Combine(gitDirectory ?? throw new ArgumentNullException(nameof(gitDirectory)), "handofflint", "sessions");

    private const long MaxStateBytes = 1024 * 1024;

    /// <summary>The folder that holds the state files.</summary>
    public string Folder { get; }

    /// <summary>The state file of <paramref name="sessionId"/>.</summary>
    public string PathOf(string sessionId) => Path.Combine(Folder, FileNameOf(sessionId));

    /// <summary>The recorded state of <paramref name="sessionId"/>, or null when none was recorded (or it is damaged).</summary>
    public SessionState? Load(string sessionId)
    {
        try
        {
            // A state file is a few hundred bytes; anything else there (a FIFO, a device, a huge file) is not one.
            var content = RegularFile.Read(PathOf(sessionId), MaxStateBytes);
            if (content.Bytes is null) return null;
            var state = SessionState.FromJson(Encoding.UTF8.GetString(content.Bytes));
            return state is not null && string.Equals(state.SessionId, sessionId, StringComparison.Ordinal) ? state : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Records <paramref name="state"/> atomically (a reader sees the old state or the new, never half of one).</summary>
    /// <exception cref="IOException">The folder cannot be created or the file written.</exception>
    /// <exception cref="UnauthorizedAccessException">The git folder is not writable.</exception>
    public void Save(SessionState state)
    {
        if (state is null) throw new ArgumentNullException(nameof(state));
        Directory.CreateDirectory(Folder);
        AtomicFile.WriteAllBytes(PathOf(state.SessionId), new UTF8Encoding(false).GetBytes(state.ToJson()));
    }

    /// <summary>Deletes state files not written for <see cref="RetentionPeriod"/>; failures are ignored (another session may hold one).</summary>
    public void DeleteOlderThan(DateTimeOffset now)
    {
        try
        {
            if (!Directory.Exists(Folder)) return;
            foreach (var file in Directory.EnumerateFiles(Folder, "*.json"))
            {
                try
                {
                    if (now.UtcDateTime - File.GetLastWriteTimeUtc(file) > RetentionPeriod) File.Delete(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// A file name for a session ID: the ID itself when it is made of letters, digits, <c>-</c> and <c>_</c> (UUIDs are),
    /// else the safe characters followed by a hash of the whole ID, so that no ID can reach outside the folder
    /// (<c>../x</c>), collide with another after cleaning, or make a name too long for the file system.
    /// </summary>
    public static string FileNameOf(string sessionId)
    {
        if (sessionId is null) throw new ArgumentNullException(nameof(sessionId));
        var safe = new StringBuilder(sessionId.Length);
        foreach (var c in sessionId) safe.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' ? c : '_');
        var clean = safe.ToString();
        if (clean == sessionId && clean.Length is > 0 and <= MaxNameLength && !IsReservedOnWindows(clean)) return clean + ".json";
        var prefix = clean.Length > 40 ? clean.Substring(0, 40) : clean;
        return prefix + "-" + ContentHash(Encoding.UTF8.GetBytes(sessionId)).Substring(0, 16) + ".json";
    }

    // CON, NUL, COM1 and their kin name devices on Windows, whatever the extension.
    private static bool IsReservedOnWindows(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^(con|prn|aux|nul|com[0-9]|lpt[0-9])$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A fingerprint of <paramref name="bytes"/> (XxHash128, 32 lower-case hex digits): enough to tell whether a note
    /// changed, and cheap to start, which matters in a hook that runs after every response.
    /// </summary>
    public static string ContentHash(byte[] bytes) =>
        Convert.ToHexString(XxHash128.Hash(bytes ?? throw new ArgumentNullException(nameof(bytes)))).ToLowerInvariant();
}
