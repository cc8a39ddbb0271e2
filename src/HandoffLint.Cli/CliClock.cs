using System;
using System.Globalization;

namespace HandoffLint.Cli;

/// <summary>
/// The clock the commands judge dates by: the machine's, unless <c>HANDOFFLINT_TODAY=YYYY-MM-DD</c> fixes "today".
/// The variable exists for tests and reproducible examples (golden output that does not age); it is not meant for daily use.
/// </summary>
internal static class CliClock
{
    /// <summary>The environment variable that fixes today's date.</summary>
    public const string TodayVariable = "HANDOFFLINT_TODAY";

    public static IClock Create()
    {
        var today = Environment.GetEnvironmentVariable(TodayVariable);
        if (string.IsNullOrWhiteSpace(today)) return SystemClock.Instance;
        if (!DateTime.TryParseExact(today.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new CliException($"{TodayVariable} must be a date written YYYY-MM-DD; Actual: '{today}'");
        }

        // Noon, so that no offset moves the date to the day before or after.
        return new FixedClock(new DateTimeOffset(date.AddHours(12), TimeSpan.Zero));
    }
}
