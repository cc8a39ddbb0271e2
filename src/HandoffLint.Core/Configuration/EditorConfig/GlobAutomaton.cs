using System;
using System.Collections.Generic;
using System.Globalization;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>
/// A glob compiled to a nondeterministic finite automaton (Thompson's construction) and matched by keeping the set of
/// every state the path so far can be in: each character of the path costs at most one visit per state and transition,
/// so a match is linear in the glob's size times the path's length and never backtracks.
/// </summary>
internal sealed class GlobAutomaton
{
    /// <summary>Beyond this many states a glob is refused: no section name a person writes comes near it.</summary>
    public const int MaxStates = 20_000;

    private readonly List<List<int>> _epsilon = new();
    private readonly List<List<(GlobCharSet Set, int Target)>> _edges = new();
    private int _start;
    private int _accept;

    private GlobAutomaton()
    {
    }

    private int StateCount => _edges.Count;

    /// <summary>Compiles a parsed glob; null with <paramref name="problem"/> set when it would exceed <see cref="MaxStates"/>.</summary>
    public static GlobAutomaton? Compile(GlobSequence glob, out string? problem)
    {
        var automaton = new GlobAutomaton();
        automaton._start = automaton.NewState();
        automaton._accept = automaton.Add(glob, automaton._start);
        if (automaton.StateCount > MaxStates)
        {
            problem = $"a glob simple enough to match quickly (it needs more than {MaxStates.ToString("N0", CultureInfo.InvariantCulture)} automaton states)";
            return null;
        }

        problem = null;
        return automaton;
    }

    /// <summary>How many states the automaton has.</summary>
    public int Size => StateCount;

    /// <summary>Whether the whole of <paramref name="path"/> is accepted.</summary>
    public bool IsMatch(string path) => IsMatch(path, out _);

    /// <summary>As <see cref="IsMatch(string)"/>, also counting the transitions tried: the work, which tests bound.</summary>
    public bool IsMatch(string path, out long steps)
    {
        steps = 0;
        var count = StateCount;
        var current = new int[count];
        var next = new int[count];
        var seen = new int[count]; // The generation in which a state was last added: no clearing between characters.
        var stack = new Stack<int>();
        var generation = 1;
        var currentCount = Close(_start, current, 0, seen, generation, stack);

        for (var i = 0; i < path.Length && currentCount > 0; i++)
        {
            int codePoint = path[i];
            if (char.IsHighSurrogate(path[i]) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                codePoint = char.ConvertToUtf32(path[i], path[i + 1]);
                i++;
            }

            generation++;
            var nextCount = 0;
            for (var s = 0; s < currentCount; s++)
            {
                foreach (var (set, target) in _edges[current[s]])
                {
                    steps++;
                    if (seen[target] != generation && set.Contains(codePoint)) nextCount = Close(target, next, nextCount, seen, generation, stack);
                }
            }

            (current, next) = (next, current);
            currentCount = nextCount;
        }

        for (var s = 0; s < currentCount; s++)
        {
            if (current[s] == _accept) return true;
        }

        return false;
    }

    /// <summary>Adds <paramref name="state"/> and every state its empty transitions reach to the set, once each.</summary>
    private int Close(int state, int[] set, int count, int[] seen, int generation, Stack<int> stack)
    {
        if (seen[state] == generation) return count;
        seen[state] = generation;
        stack.Push(state);
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            set[count++] = s;
            foreach (var target in _epsilon[s])
            {
                if (seen[target] == generation) continue;
                seen[target] = generation;
                stack.Push(target);
            }
        }

        return count;
    }

    private int NewState()
    {
        _epsilon.Add(new List<int>());
        _edges.Add(new List<(GlobCharSet, int)>());
        return _edges.Count - 1;
    }

    /// <summary>Adds the states for <paramref name="node"/>, entered from <paramref name="from"/>; returns the state it ends in.</summary>
    private int Add(GlobNode node, int from)
    {
        // Stop growing once over the bound: the caller refuses the glob anyway, and a hostile one must not cost memory.
        if (StateCount > MaxStates) return from;
        switch (node)
        {
            case GlobSequence sequence:
                {
                    var state = from;
                    foreach (var item in sequence.Items) state = Add(item, state);
                    return state;
                }

            case GlobChoice choice:
                {
                    var end = NewState();
                    foreach (var alternative in choice.Alternatives)
                    {
                        var entry = NewState();
                        _epsilon[from].Add(entry);
                        _epsilon[Add(alternative, entry)].Add(end);
                    }

                    return end;
                }

            case GlobCharacter character:
                {
                    var to = NewState();
                    _edges[from].Add((character.Set, to));
                    return to;
                }

            case GlobRepeat repeat:
                {
                    var loop = NewState();
                    _epsilon[from].Add(loop);
                    _edges[loop].Add((repeat.Set, loop));
                    return loop;
                }

            case GlobOptional optional:
                {
                    var entry = NewState();
                    var end = NewState();
                    _epsilon[from].Add(entry);
                    _epsilon[from].Add(end);
                    _epsilon[Add(optional.Body, entry)].Add(end);
                    return end;
                }

            case GlobNumber number:
                return AddNumber(number, from);
            default:
                throw new InvalidOperationException("Unknown glob node " + node.GetType().Name);
        }
    }

    /// <summary>
    /// A numeric range as an automaton over its decimal spellings: "-" and the magnitudes for the negative part, the
    /// non-negative part as is; no leading zeros.
    /// </summary>
    private int AddNumber(GlobNumber number, int from)
    {
        var end = NewState();
        if (number.High >= 0) AddMagnitudes(from, end, Math.Max(0L, number.Low), number.High);
        if (number.Low < 0)
        {
            var afterMinus = NewState();
            _edges[from].Add((GlobCharSet.Single('-'), afterMinus));
            AddMagnitudes(afterMinus, end, number.High < 0 ? -(long)number.High : 1L, -(long)number.Low);
        }

        return end;
    }

    /// <summary>Decimal spellings of the integers from <paramref name="low"/> to <paramref name="high"/> (both 0 or more), one length at a time.</summary>
    private void AddMagnitudes(int from, int end, long low, long high)
    {
        if (low > high) return;
        var lowDigits = low.ToString(CultureInfo.InvariantCulture).Length;
        var highDigits = high.ToString(CultureInfo.InvariantCulture).Length;
        for (var length = lowDigits; length <= highDigits; length++)
        {
            var smallest = length == 1 ? 0L : Pow10(length - 1);
            var lengthLow = Math.Max(low, smallest);
            var lengthHigh = Math.Min(high, Pow10(length) - 1);
            if (lengthLow > lengthHigh) continue;
            AddSameLength(from, end, lengthLow.ToString(CultureInfo.InvariantCulture), lengthHigh.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// The digit strings of one length from <paramref name="low"/> to <paramref name="high"/>: a state per (position,
    /// still equal to low's prefix, still equal to high's prefix), at most four per position.
    /// </summary>
    private void AddSameLength(int from, int end, string low, string high)
    {
        var length = low.Length;
        var states = new Dictionary<(int Position, bool AtLow, bool AtHigh), int>();
        var pending = new Queue<(int Position, bool AtLow, bool AtHigh)>();
        var first = NewState();
        _epsilon[from].Add(first);
        states[(0, true, true)] = first;
        pending.Enqueue((0, true, true));
        while (pending.Count > 0)
        {
            var key = pending.Dequeue();
            var state = states[key];
            if (key.Position == length)
            {
                _epsilon[state].Add(end);
                continue;
            }

            var lowest = key.AtLow ? low[key.Position] - '0' : 0;
            var highest = key.AtHigh ? high[key.Position] - '0' : 9;
            var digit = lowest;
            while (digit <= highest)
            {
                var target = (key.Position + 1, key.AtLow && digit == low[key.Position] - '0', key.AtHigh && digit == high[key.Position] - '0');
                // Digits that lead to the same next state share one transition.
                var last = digit;
                while (last + 1 <= highest && (key.Position + 1, key.AtLow && last + 1 == low[key.Position] - '0', key.AtHigh && last + 1 == high[key.Position] - '0') == target) last++;
                if (!states.TryGetValue(target, out var targetState))
                {
                    targetState = NewState();
                    states[target] = targetState;
                    pending.Enqueue(target);
                }

                _edges[state].Add((GlobCharSet.Digits(digit, last), targetState));
                digit = last + 1;
            }
        }
    }

    private static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++) value *= 10;
        return value;
    }
}
