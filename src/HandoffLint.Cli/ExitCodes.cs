namespace HandoffLint.Cli;

/// <summary>The process exit codes every command uses; <c>--help</c> lists them.</summary>
internal static class ExitCodes
{
    /// <summary>Clean, or warnings only: the note passes.</summary>
    public const int Success = 0;

    /// <summary>Error-level findings (or warnings under <c>--warnaserror</c>): the note fails the gate.</summary>
    public const int Findings = 1;

    /// <summary>The command line was wrong, or a file could not be read or written.</summary>
    public const int UsageOrIoFailure = 2;
}
