using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace HandoffLint.Cli.Summary;

/// <summary>
/// The summary's progress line on standard error, once a scan has taken longer than a threshold (a second): rewritten in
/// place on a terminal, one line a second elsewhere, and a last line with the total when a slow scan ends. A fast scan
/// prints nothing. Counting is lock-free, so the parallel lints do not wait for it.
/// </summary>
internal sealed class ScanProgress : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    private readonly TimeSpan _after;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private readonly bool _inPlace = !Console.IsErrorRedirected;
    private Timer? _timer;
    private int _total;
    private int _done;
    private bool _shown;
    private TimeSpan _lastLine = TimeSpan.MinValue;

    public ScanProgress(TimeSpan after) => _after = after;

    /// <summary>Starts counting <paramref name="total"/> projects.</summary>
    public void Start(int total)
    {
        _total = total;
        _timer = new Timer(_ => Report(final: false), null, Tick, Tick);
    }

    /// <summary>One more project done.</summary>
    public void Done() => Interlocked.Increment(ref _done);

    /// <summary>The scan ended: a slow scan says so, with its total.</summary>
    public void Finish()
    {
        _timer?.Dispose();
        _timer = null;
        Report(final: true);
    }

    public void Dispose() => _timer?.Dispose();

    private void Report(bool final)
    {
        lock (_gate)
        {
            var elapsed = _clock.Elapsed;
            if (elapsed < _after || (!final && !_inPlace && _shown && elapsed - _lastLine < TimeSpan.FromSeconds(1))) return;
            var done = Volatile.Read(ref _done);
            var line = final
                ? $"handofflint: summary read {Plural(_total)} in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
                : $"handofflint: summary read {done} of {Plural(_total)}...";
            if (_inPlace) Terminal.Error.Write("\r" + line + "\u001b[K" + (final ? "\n" : string.Empty));
            else Terminal.Error.WriteLine(line);
            _shown = true;
            _lastLine = elapsed;
        }
    }

    private static string Plural(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " project" : " projects");
}
