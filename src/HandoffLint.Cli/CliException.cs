using System;

namespace HandoffLint.Cli;

/// <summary>
/// A failure the user can act on (a wrong path, a malformed settings file): printed as one line, never with a stack trace,
/// and the process exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.UsageOrIoFailure)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }
}
