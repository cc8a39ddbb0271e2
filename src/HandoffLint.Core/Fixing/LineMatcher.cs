using System;
using System.Collections.Generic;

namespace HandoffLint.Fixing;

/// <summary>
/// Finds a longest common subsequence of two line sequences (lines as interned ids) in linear space: Hirschberg's
/// divide and conquer, after trimming the common prefix and suffix, which is all a fix usually leaves to compare.
/// </summary>
internal sealed class LineMatcher
{
    private readonly int[] _old;
    private readonly int[] _new;
    private readonly List<(int Old, int New)> _matches;
    private readonly long _maxCells;
    private int[] _forward = Array.Empty<int>();
    private int[] _backward = Array.Empty<int>();

    /// <summary>Creates a matcher that appends matched (old, new) index pairs, in increasing order, to <paramref name="matches"/>.</summary>
    /// <param name="old">The old lines.</param>
    /// <param name="new">The new lines.</param>
    /// <param name="matches">Receives the matched pairs.</param>
    /// <param name="maxCells">Above this many line pairs a middle is treated as wholly changed: a correct, not minimal, result in bounded time.</param>
    public LineMatcher(int[] old, int[] @new, List<(int Old, int New)> matches, long maxCells = 64L * 1024 * 1024)
    {
        _old = old;
        _new = @new;
        _matches = matches;
        _maxCells = maxCells;
    }

    public void Run()
    {
        var oldEnd = _old.Length;
        var newEnd = _new.Length;
        var prefix = 0;
        while (prefix < oldEnd && prefix < newEnd && _old[prefix] == _new[prefix]) prefix++;
        var suffix = 0;
        while (suffix < oldEnd - prefix && suffix < newEnd - prefix && _old[oldEnd - 1 - suffix] == _new[newEnd - 1 - suffix]) suffix++;

        for (var i = 0; i < prefix; i++) _matches.Add((i, i));
        var oldMiddle = oldEnd - prefix - suffix;
        var newMiddle = newEnd - prefix - suffix;
        if ((long)oldMiddle * newMiddle <= _maxCells)
        {
            _forward = new int[newMiddle + 1];
            _backward = new int[newMiddle + 1];
            Match(prefix, oldEnd - suffix, prefix, newEnd - suffix);
        }

        for (var i = suffix; i > 0; i--) _matches.Add((oldEnd - i, newEnd - i));
    }

    private void Match(int oldStart, int oldEnd, int newStart, int newEnd)
    {
        // Trimming again at every level keeps the common case (a few changed lines among many equal ones) near linear.
        while (oldStart < oldEnd && newStart < newEnd && _old[oldStart] == _new[newStart])
        {
            _matches.Add((oldStart++, newStart++));
        }

        var suffix = 0;
        while (oldStart < oldEnd - suffix && newStart < newEnd - suffix && _old[oldEnd - 1 - suffix] == _new[newEnd - 1 - suffix]) suffix++;
        oldEnd -= suffix;
        newEnd -= suffix;

        if (oldStart < oldEnd && newStart < newEnd)
        {
            if (oldEnd - oldStart == 1)
            {
                var found = Array.IndexOf(_new, _old[oldStart], newStart, newEnd - newStart);
                if (found >= 0) _matches.Add((oldStart, found));
            }
            else
            {
                var middle = oldStart + ((oldEnd - oldStart) / 2);
                var split = Split(oldStart, middle, oldEnd, newStart, newEnd);
                Match(oldStart, middle, newStart, split);
                Match(middle, oldEnd, split, newEnd);
            }
        }

        for (var i = 0; i < suffix; i++) _matches.Add((oldEnd + i, newEnd + i));
    }

    /// <summary>
    /// Where to cut the new range so that LCS(old[start..middle), new[..cut)) + LCS(old[middle..end), new[cut..)) is largest:
    /// one pass forward over the top half and one backward over the bottom half, each keeping a single row of scores.
    /// </summary>
    private int Split(int oldStart, int middle, int oldEnd, int newStart, int newEnd)
    {
        var width = newEnd - newStart;
        var forward = _forward;
        var backward = _backward;
        Array.Clear(forward, 0, width + 1);
        Array.Clear(backward, 0, width + 1);

        for (var i = oldStart; i < middle; i++)
        {
            var diagonal = 0;
            for (var j = 1; j <= width; j++)
            {
                var above = forward[j];
                forward[j] = _old[i] == _new[newStart + j - 1] ? diagonal + 1 : Math.Max(above, forward[j - 1]);
                diagonal = above;
            }
        }

        // backward[j] = LCS of old[middle..end) and new[newStart + j..newEnd), filled from the end.
        for (var i = oldEnd - 1; i >= middle; i--)
        {
            var diagonal = 0;
            for (var j = width - 1; j >= 0; j--)
            {
                var below = backward[j];
                backward[j] = _old[i] == _new[newStart + j] ? diagonal + 1 : Math.Max(below, backward[j + 1]);
                diagonal = below;
            }
        }

        var best = 0;
        var bestScore = -1;
        for (var j = 0; j <= width; j++)
        {
            var score = forward[j] + backward[j];
            if (score > bestScore)
            {
                bestScore = score;
                best = j;
            }
        }

        return newStart + best;
    }
}
