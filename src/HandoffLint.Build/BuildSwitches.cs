namespace HandoffLint.Build;

/// <summary>The MSBuild properties that switch HandoffLint's behaviour, read the same way by both tasks.</summary>
internal static class BuildSwitches
{
    /// <summary>Reads <c>HandoffLintVerbosity</c>: null when the value is not one HandoffLint knows.</summary>
    /// <returns>True for <c>detailed</c>, false for <c>normal</c> (MSBuild's verbosity names and short forms are accepted).</returns>
    public static bool? ReadDetailed(string? verbosity)
    {
        switch ((verbosity ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "":
            case "q":
            case "quiet":
            case "m":
            case "minimal":
            case "n":
            case "normal":
                return false;
            case "d":
            case "detailed":
            case "diag":
            case "diagnostic":
                return true;
            default:
                return null;
        }
    }

    /// <summary>Reads <c>HandoffLintTreatFindingsAsErrors</c>: null when the value is neither true nor false.</summary>
    public static bool? ReadGate(string? value)
    {
        switch ((value ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "":
            case "false":
                return false;
            case "true":
                return true;
            default:
                return null;
        }
    }
}
