using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace HandoffLint.Fuzz;

/// <summary>
/// The long run: <c>dotnet run -c Release --project fuzz/HandoffLint.Fuzz -- [--inputs N] [--target NAME] [--seed S] [--shard I/K] [--save]</c>.
/// Feeds every target N inputs (1,000,000 by default), counts broken properties, exceptions and hangs, times each input
/// per kilobyte, and with <c>--save</c> minimises each distinct failure into a fixture under <c>fuzz/regressions/</c>.
/// With <c>--shard I/K</c> the run checks every K-th input of the seed's sequence, starting at the I-th (1-based): K
/// processes with the same seed, on K cores or one after the other, check the same N inputs as one run would. Ctrl+C (or
/// SIGTERM) stops a run after the input it is checking and still prints its figures and saves its failures.
/// </summary>
internal static class Program
{
    /// <summary>An input that takes longer than this is a hang: it is recorded, and the run goes on without it.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    /// <summary>Set by Ctrl+C or SIGTERM: the run stops taking inputs and reports what it has.</summary>
    private static readonly CancellationTokenSource Stopping = new();

    private static int Main(string[] args)
    {
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            Stopping.Cancel();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Stopping.Cancel();
        });
        var inputs = 1_000_000L;
        string? only = null;
        var seed = (ulong)Environment.TickCount64;
        var save = false;
        var useCorpus = true;
        var (shard, shards) = (0, 1);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--inputs": inputs = long.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--target": only = args[++i]; break;
                case "--seed": seed = ulong.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--save": save = true; break;
                case "--no-corpus": useCorpus = false; break;
                case "--shard" when i + 1 < args.Length && TryParseShard(args[i + 1], out shard, out shards): i++; break;
                default:
                    Console.Error.WriteLine("usage: HandoffLint.Fuzz [--inputs N] [--target " + string.Join("|", FuzzTargets.All.Select(t => t.Name)) + "] [--seed S] [--shard I/K] [--save] [--no-corpus]");
                    return 2;
            }
        }

        var corpus = useCorpus ? CorpusMutations.LoadCorpus() : Array.Empty<string>();
        Console.WriteLine(corpus.Count == 0
            ? $"corpus: {(useCorpus ? "absent" : "not used")} ({CorpusMutations.CorpusFolder}); generated inputs only"
            : $"corpus: {corpus.Count} notes from {CorpusMutations.CorpusFolder}");
        Console.WriteLine(shards == 1 ? $"seed: {seed}" : $"seed: {seed}; shard {shard + 1} of {shards}: inputs number {shard + 1}, {shard + 1 + shards}, {shard + 1 + 2 * shards} and so on");
        var failed = false;
        foreach (var target in FuzzTargets.All.Where(t => (only is null || t.Name == only) && !Stopping.IsCancellationRequested))
        {
            failed |= Run(target, corpus, inputs, seed, shard, shards, save);
        }

        return failed ? 1 : 0;
    }

    private static bool TryParseShard(string text, out int shard, out int shards)
    {
        var parts = text.Split('/');
        shard = shards = 0;
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var one) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out shards) || one < 1 || one > shards) return false;
        shard = one - 1;
        return true;
    }

    private static bool Run(IFuzzTarget target, IReadOnlyList<string> corpus, long count, ulong seed, int shard, int shards, bool save)
    {
        var failures = new Dictionary<string, (long Count, string Input, string Problem)>(StringComparer.Ordinal);
        var perKilobyte = new List<double>((int)Math.Min(count, 2_000_000));
        // The slowest inputs as first timed; a loaded machine or a garbage collection makes some look slow, so they are
        // timed again at the end and judged on their best time.
        var slowest = new List<(double MsPerKb, string Input)>();
        var hangs = 0;
        var bytes = 0L;
        var clock = Stopwatch.StartNew();
        var n = 0L;
        var index = -1L;
        foreach (var input in FuzzTargets.Inputs(target.Inputs(corpus), seed, count))
        {
            if (Stopping.IsCancellationRequested) break;
            // Every shard draws the whole sequence, so that input i is the same input whichever process checks it.
            if (++index % shards != shard) continue;
            var started = Stopwatch.GetTimestamp();
            var check = Task.Run(() => target.Check(input));
            IReadOnlyList<string> problems;
            if (check.Wait(HangLimit))
            {
                problems = check.Result;
            }
            else
            {
                hangs++;
                problems = new[] { $"no-hang: still running after {HangLimit.TotalSeconds:0} s" };
            }

            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var kb = Math.Max(1.0, input.Length / 1024.0);
            bytes += input.Length;
            perKilobyte.Add(ms / kb);
            if (slowest.Count < 20 || ms / kb > slowest[^1].MsPerKb)
            {
                slowest.Add((ms / kb, input));
                slowest.Sort((a, b) => b.MsPerKb.CompareTo(a.MsPerKb));
                if (slowest.Count > 20) slowest.RemoveAt(20);
            }
            foreach (var problem in problems)
            {
                var property = problem.Substring(0, Math.Max(0, problem.IndexOf(':')));
                failures[property] = failures.TryGetValue(property, out var seen) ? (seen.Count + 1, seen.Input, seen.Problem) : (1, input, problem);
            }

            if (++n % 10_000 == 0) Console.WriteLine($"  {target.Name}: {n:N0} inputs, {clock.Elapsed:hh\\:mm\\:ss}");
        }

        perKilobyte.Sort();
        var median = perKilobyte.Count == 0 ? 0 : perKilobyte[perKilobyte.Count / 2];
        var retimed = slowest.Select(s => (Best: BestMsPerKb(target, s.Input), s.Input)).OrderByDescending(s => s.Best).ToList();
        var worst = retimed.FirstOrDefault();
        var slow = retimed.Count(s => s.Best > 20 * median && s.Best > 1);
        if (Stopping.IsCancellationRequested) Console.WriteLine($"{target.Name}: stopped by a signal after {n:N0} inputs; the figures below are for those");
        Console.WriteLine($"{target.Name}: {n:N0} inputs ({bytes / 1024.0 / 1024.0:N1} MB) in {clock.Elapsed:hh\\:mm\\:ss}; " +
                          $"broken properties: {failures.Values.Sum(f => f.Count):N0} ({failures.Count} distinct); hangs: {hangs}; " +
                          $"per KB: median {median:N3} ms, slowest (best of 3 re-runs) {worst.Best:N2} ms per KB for {(worst.Input?.Length ?? 0) / 1024.0:N1} KB; " +
                          $"of the 20 slowest, over 20x the median on re-run: {slow}");
        if (worst.Input is { Length: > 0 }) Console.WriteLine("  slowest input starts: " + RegressionFixtures.Encode(worst.Input.Substring(0, Math.Min(120, worst.Input.Length))));
        foreach (var (property, (times, input, problem)) in failures.OrderByDescending(f => f.Value.Count))
        {
            Console.WriteLine($"  {property} x{times:N0}: {problem}");
            if (!save) continue;
            // A hang is saved as it came: shrinking it would run it thousands of times, 30 s each.
            var small = property == "no-hang" ? input : Minimizer.Minimize(input, candidate => target.Check(candidate).Any(p => p.StartsWith(property + ":", StringComparison.Ordinal)));
            Console.WriteLine($"    saved fuzz/regressions/{target.Name}/{RegressionFixtures.Save(target.Name, property, small)} ({small.Length} characters)");
        }

        return failures.Count > 0;
    }

    private static double BestMsPerKb(IFuzzTarget target, string input)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var started = Stopwatch.GetTimestamp();
            target.Check(input);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return best / Math.Max(1.0, input.Length / 1024.0);
    }
}
