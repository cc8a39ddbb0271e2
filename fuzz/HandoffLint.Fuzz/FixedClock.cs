using System;

namespace HandoffLint.Fuzz;

/// <summary>A clock that always says the same day, so that a fuzz result never depends on when it ran.</summary>
public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; } = now;
}
