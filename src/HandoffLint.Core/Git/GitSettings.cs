using System;
using System.Threading;

namespace HandoffLint.Git;

/// <summary>
/// How HandoffLint runs the <c>git</c> executable: which program, which PATH to find it on, and how long to wait.
/// The settings in force are <see cref="Current"/>: <see cref="Default"/> unless a caller scoped others with
/// <see cref="Use"/> (tests point the PATH at an empty folder this way without touching the process environment).
/// </summary>
internal sealed class GitSettings
{
    private static readonly AsyncLocal<GitSettings?> Scoped = new();
    private int _processesStarted;

    /// <summary>The settings used when nothing is scoped: <c>git</c> from this process's PATH, 10 seconds per command.</summary>
    public static GitSettings Default { get; } = new();

    /// <summary>The settings in force for the current call context.</summary>
    public static GitSettings Current => Scoped.Value ?? Default;

    /// <summary>The program to run: a bare name looked up on <see cref="SearchPath"/>, or a full path.</summary>
    public string Executable { get; set; } = "git";

    /// <summary>
    /// The folders to look for <see cref="Executable"/> in, separated like the PATH variable; also the PATH git itself gets.
    /// Null means this process's PATH.
    /// </summary>
    public string? SearchPath { get; set; }

    /// <summary>How long one git command may run before it is killed and the git rules give up for this lint.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many git processes were started with these settings; lets callers and tests see what a lint cost.</summary>
    public int ProcessesStarted => Volatile.Read(ref _processesStarted);

    /// <summary>
    /// Makes <paramref name="settings"/> the <see cref="Current"/> settings for this call context (and the tasks it starts)
    /// until the returned scope is disposed. Other threads and parallel tests are not affected.
    /// </summary>
    public static IDisposable Use(GitSettings settings)
    {
        if (settings is null) throw new ArgumentNullException(nameof(settings));
        var previous = Scoped.Value;
        Scoped.Value = settings;
        return new Scope(previous);
    }

    internal void CountProcess() => Interlocked.Increment(ref _processesStarted);

    /// <summary>A key that tells apart settings that could give different answers.</summary>
    internal string CacheKey => Executable + "\u0001" + (SearchPath ?? "\u0002");

    private sealed class Scope : IDisposable
    {
        private readonly GitSettings? _previous;
        private bool _disposed;

        public Scope(GitSettings? previous) => _previous = previous;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Scoped.Value = _previous;
        }
    }
}
