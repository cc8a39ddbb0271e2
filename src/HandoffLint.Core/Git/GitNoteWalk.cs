using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HandoffLint.Git;

/// <summary>
/// The note's committed versions, newest first, read from the object files without starting a git process: HEAD's
/// first-parent line, at most <see cref="GitFacts.MinimumCommitWindow"/> commits back, each commit that changed the note
/// being one version. Lazy: a caller that stops after two versions reads two commits' worth of objects. For <c>summary</c>,
/// where a git process per project would cost seconds over a thousand projects; a lint asks git through
/// <see cref="GitFacts"/> (which follows every parent, as <c>git log</c> does: on a linear history the two agree).
/// </summary>
internal sealed class GitNoteWalk : IEnumerable<GitNoteVersion>, IDisposable
{
    private readonly GitObjectStore _store;
    private readonly string[] _path;
    private readonly string? _head;
    private readonly HashSet<string> _shallow;
    private readonly int _maxCommits;
    private readonly List<GitNoteVersion> _read = new();
    private readonly Dictionary<string, string?> _blobByTree = new(StringComparer.Ordinal);
    private ParsedCommit? _next;
    private string? _nextBlob;
    private bool _started;
    private bool _finished;

    private GitNoteWalk(GitRepository repository, string notePath, string? head, int maxCommits)
    {
        _store = new GitObjectStore(repository.CommonDirectory);
        _path = notePath.Split('/');
        _head = head;
        _shallow = new HashSet<string>(repository.ReadShallowBoundaries(), StringComparer.Ordinal);
        _maxCommits = maxCommits;
    }

    /// <summary>True once the walk has stopped with older history left unread (the commit window's end, a shallow cut).</summary>
    public bool GoesOn { get; private set; }

    /// <summary>
    /// A walk over the note at <paramref name="notePath"/> ('/'-separated, relative to the root) in <paramref name="repository"/>;
    /// an empty walk when HEAD has no commits.
    /// </summary>
    /// <exception cref="GitException">HEAD cannot be read.</exception>
    public static GitNoteWalk Start(GitRepository repository, string notePath, int maxCommits = GitFacts.MinimumCommitWindow)
    {
        if (repository is null) throw new ArgumentNullException(nameof(repository));
        if (notePath is null) throw new ArgumentNullException(nameof(notePath));
        return new GitNoteWalk(repository, notePath, repository.ReadHead().Commit, maxCommits);
    }

    /// <summary>Enumerates the versions, reading objects only as far as the caller goes; a second enumeration replays what was read.</summary>
    /// <exception cref="GitException">An object could not be read (the caller should ask git instead).</exception>
    public IEnumerator<GitNoteVersion> GetEnumerator()
    {
        for (var i = 0; ; i++)
        {
            if (i < _read.Count)
            {
                yield return _read[i];
                continue;
            }

            var version = ReadNext();
            if (version is null) yield break;
            yield return version;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public void Dispose() => _store.Dispose();

    private GitNoteVersion? ReadNext()
    {
        if (!_started)
        {
            _started = true;
            _next = _head is null ? null : ReadCommit(_head);
            if (_next is not null) _nextBlob = BlobAt(_next.Tree);
        }

        while (!_finished && _next is not null)
        {
            if (CommitsWalked >= _maxCommits)
            {
                Finish(goesOn: true);
                break;
            }

            var commit = _next;
            var hash = commit.Commit.Hash;
            var blob = _nextBlob;
            CommitsWalked++;
            string? parentBlob = null;
            if (_shallow.Contains(hash))
            {
                // A shallow cut only looks as if it added every file: the note's real history lies beyond it.
                Finish(goesOn: true);
                break;
            }

            if (commit.Parent is null)
            {
                Finish(goesOn: false);
            }
            else
            {
                // The parent is the next commit of the walk: read once, for its tree here and its own turn next.
                _next = ReadCommit(commit.Parent);
                parentBlob = BlobAt(_next.Tree);
                _nextBlob = parentBlob;
            }

            if (!string.Equals(blob, parentBlob, StringComparison.Ordinal) && (blob is not null || parentBlob is not null))
            {
                var version = new GitNoteVersion(commit.Commit, blob is null ? null : Blob(blob));
                _read.Add(version);
                return version;
            }
        }

        return null;
    }

    /// <summary>How many commits the walk has read so far.</summary>
    public int CommitsWalked { get; private set; }

    private void Finish(bool goesOn)
    {
        _finished = true;
        _next = null;
        GoesOn = goesOn;
    }

    private byte[] Blob(string hash)
    {
        var (kind, content) = _store.Read(hash);
        if (kind != GitObjectKind.Blob) throw new GitException(GitFailure.CommandFailed, $"the note's object {hash} is not a file");
        return content;
    }

    // The note's blob in a tree, following its path one folder at a time; memoised by tree, because most commits leave
    // the note's folders exactly as their parents had them.
    private string? BlobAt(string rootTree) => BlobAtLevel(rootTree, 0);

    private string? BlobAtLevel(string tree, int level)
    {
        var key = tree + "/" + level.ToString(CultureInfo.InvariantCulture);
        if (_blobByTree.TryGetValue(key, out var known)) return known;
        var entry = FindEntry(tree, _path[level]);
        if (entry is null) return Remember(key, null);
        if (level == _path.Length - 1) return Remember(key, entry.Value.IsTree ? null : entry.Value.Hash);
        return Remember(key, entry.Value.IsTree ? BlobAtLevel(entry.Value.Hash, level + 1) : null);
    }

    private string? Remember(string key, string? blob)
    {
        _blobByTree[key] = blob;
        return blob;
    }

    private (string Hash, bool IsTree)? FindEntry(string tree, string name)
    {
        var (kind, data) = _store.Read(tree);
        if (kind != GitObjectKind.Tree) throw new GitException(GitFailure.CommandFailed, $"object {tree} is not a tree");
        var wanted = Encoding.UTF8.GetBytes(name);
        var i = 0;
        while (i < data.Length)
        {
            var space = Array.IndexOf(data, (byte)' ', i);
            var nul = space < 0 ? -1 : Array.IndexOf(data, (byte)0, space);
            if (nul < 0 || nul + 21 > data.Length) throw new GitException(GitFailure.CommandFailed, $"tree {tree} is damaged");
            if (nul - space - 1 == wanted.Length && Same(data, space + 1, wanted))
            {
                // Mode 40000 is a folder; anything else (files, links, submodules) is not.
                var isTree = space - i == 5 && data[i] == (byte)'4' && data[i + 1] == (byte)'0';
                return (GitObjectStore.ToHex(data, nul + 1), isTree);
            }

            i = nul + 21;
        }

        return null;
    }

    private static bool Same(byte[] data, int at, byte[] wanted)
    {
        for (var k = 0; k < wanted.Length; k++) if (data[at + k] != wanted[k]) return false;
        return true;
    }

    private ParsedCommit ReadCommit(string hash)
    {
        var (kind, data) = _store.Read(hash);
        if (kind != GitObjectKind.Commit) throw new GitException(GitFailure.CommandFailed, $"object {hash} is not a commit");
        var text = Encoding.UTF8.GetString(data);
        string? tree = null, parent = null;
        var date = DateTimeOffset.MinValue;
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            if (end == position)
            {
                position++;
                break; // The blank line before the message.
            }

            var line = text.Substring(position, end - position);
            if (line.StartsWith("tree ", StringComparison.Ordinal)) tree = line.Substring(5);
            else if (line.StartsWith("parent ", StringComparison.Ordinal)) parent ??= line.Substring(7);
            else if (line.StartsWith("author ", StringComparison.Ordinal)) date = ParseDate(line);
            position = end + 1;
        }

        if (tree is null) throw new GitException(GitFailure.CommandFailed, $"commit {hash} has no tree");
        var messageEnd = text.IndexOf('\n', Math.Min(position, text.Length));
        var subject = position >= text.Length ? string.Empty : text.Substring(position, (messageEnd < 0 ? text.Length : messageEnd) - position);
        return new ParsedCommit(new GitCommit(hash, hash.Substring(0, 7), date, subject, Array.Empty<string>()), tree, parent);
    }

    // "author Name <mail> 1764000000 +0130": seconds since the epoch, and the author's offset.
    private static DateTimeOffset ParseDate(string line)
    {
        var close = line.LastIndexOf('>');
        var parts = line.Substring(close + 1).Trim().Split(' ');
        if (parts.Length < 2 || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return DateTimeOffset.MinValue;
        var zone = parts[1];
        var offset = TimeSpan.Zero;
        if (zone.Length == 5 && int.TryParse(zone.Substring(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(zone.Substring(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            offset = new TimeSpan(hours, minutes, 0);
            if (zone[0] == '-') offset = -offset;
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset);
    }

    private sealed class ParsedCommit(GitCommit commit, string tree, string? parent)
    {
        public GitCommit Commit => commit;

        public string Tree => tree;

        public string? Parent => parent;
    }
}
