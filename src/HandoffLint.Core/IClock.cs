using System;

namespace HandoffLint;

/// <summary>The source of "now", injectable so that age and future-date rules can be tested on fixed days.</summary>
public interface IClock
{
    /// <summary>The current local time, with its offset.</summary>
    DateTimeOffset Now { get; }
}

/// <summary>The machine's clock.</summary>
public sealed class SystemClock : IClock
{
    /// <summary>The one instance.</summary>
    public static SystemClock Instance { get; } = new();

    private SystemClock()
    {
    }

    /// <inheritdoc />
    public DateTimeOffset Now => DateTimeOffset.Now;
}

/// <summary>A clock stopped at one instant.</summary>
public sealed class FixedClock : IClock
{
    /// <summary>Creates a clock that always answers <paramref name="now"/>.</summary>
    public FixedClock(DateTimeOffset now) => Now = now;

    /// <inheritdoc />
    public DateTimeOffset Now { get; }
}
