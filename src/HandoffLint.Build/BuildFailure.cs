using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using HandoffLint.Diagnostics;
using HandoffLint.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HandoffLint.Build;

/// <summary>
/// Turns an unexpected failure inside a HandoffLint task into one HL9999 warning, so that a bug or a damaged install
/// never breaks a build with MSB4018 and a stack trace.
/// </summary>
internal static class BuildFailure
{
    // RuleIds and HelpLinks members used here are constants, compiled into this assembly: they still work when the
    // failure is that the core library itself could not be loaded.
    private const string FallbackHelpLink = HelpLinks.RulesBaseUri + RuleIds.InternalError + ".md";
    private const string FallbackMessageFormat = "HandoffLint failed while checking the note and could not finish: {0}. Please report this with the note attached if you can.";

    /// <summary>Logs <paramref name="exception"/> as one HL9999 warning at <paramref name="file"/>, and its details at low importance.</summary>
    public static void Report(TaskLoggingHelper log, string? file, Exception exception)
    {
        var what = Describe(exception);
        string format, helpLink;
        try
        {
            (format, helpLink) = DescriptorText();
        }
        catch (Exception)
        {
            (format, helpLink) = (FallbackMessageFormat, FallbackHelpLink);
        }

        var message = string.Format(CultureInfo.InvariantCulture, format, what);
        log.LogWarning(null, RuleIds.InternalError, RuleIds.InternalError, helpLink, file, 0, 0, 0, 0, message, Array.Empty<object>());
        log.LogMessage(MessageImportance.Low, "HandoffLint failure details: {0}", exception.ToString());
    }

    // A method of its own, kept out of line, so that a core library that cannot be loaded fails here, inside Report's try.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (string Format, string HelpLink) DescriptorText() =>
        (LinterDescriptors.InternalError.MessageFormat, LinterDescriptors.InternalError.HelpLinkUri);

    private static string Describe(Exception exception)
    {
        // Type loads and reflection wrap the cause; the innermost exception says what actually went wrong.
        var cause = exception;
        while (cause.InnerException is not null && (cause is TypeInitializationException || cause is System.Reflection.TargetInvocationException))
        {
            cause = cause.InnerException;
        }

        return cause.GetType().Name + ": " + cause.Message.Trim().TrimEnd('.');
    }
}
