namespace HandoffLint.Git;

/// <summary>An answer git gave, or the reason it could not give one.</summary>
/// <typeparam name="T">What was asked.</typeparam>
internal sealed class GitAnswer<T>
    where T : class
{
    private GitAnswer(T? value, string? reason, string? advice)
    {
        Value = value;
        Reason = reason;
        Advice = advice;
    }

    /// <summary>The answer, or null when git could not give one.</summary>
    public T? Value { get; }

    /// <summary>Why there is no answer, in words fit for a diagnostic; null when there is one.</summary>
    public string? Reason { get; }

    /// <summary>What would let git answer next time (fetching more history), one step a line, when something would; null otherwise.</summary>
    public string? Advice { get; }

    /// <summary>True when <see cref="Value"/> holds the answer.</summary>
    public bool IsKnown => Value is not null;

    /// <summary>An answer.</summary>
    public static GitAnswer<T> Known(T value) => new(value, null, null);

    /// <summary>No answer, because of <paramref name="reason"/>; <paramref name="advice"/> says what would help, if anything.</summary>
    public static GitAnswer<T> Unknown(string reason, string? advice = null) => new(null, reason, advice);
}
