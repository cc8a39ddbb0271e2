using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.IO;
using HandoffLint.Rules;
using HandoffLint.Text;

namespace HandoffLint.Build;

/// <summary>
/// The one place the build task touches the core library: lints the note and turns the result into a
/// <see cref="LintOutcome"/>. Every method is kept out of line, so that the core library and Markdig are loaded only
/// when a lint really runs (never for a replay from the cache), and so that a failure to load them is thrown inside
/// the task's try block.
/// </summary>
internal static class CoreLint
{
    /// <summary>Lints the note at <paramref name="notePath"/>; <paramref name="baseRef"/> (when given) wins over <c>.editorconfig</c>, as a front end's switch does.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LintOutcome Run(string notePath, string? repositoryRoot, string? baseRef)
    {
        var request = new LintRequest(notePath)
        {
            RepositoryRoot = repositoryRoot,
            Configure = options =>
            {
                // The build's HandoffLintPath is the repository's note: the protocol rules judge the instructions around it.
                options.HandoffPath = notePath;
                if (!string.IsNullOrWhiteSpace(baseRef)) options.BaseRef = baseRef!.Trim();
            },
        };

        var result = new HandoffLinter().Lint(request);
        // A folder, FIFO, device or dangling link at the note's path is the machine's oddity, not a note anyone wrote: a
        // warning that says so, not an error that fails every build until someone finds it.
        var notAFile = RegularFile.KindOf(notePath) is not (FileKind.Regular or FileKind.Missing);
        var findings = result.Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.None)
            .Select(d => new Finding(
                notAFile && d.Id == RuleIds.HandoffUnreadable ? FindingLevel.Warning : ToLevel(d.Severity),
                d.Id,
                d.HelpLinkUri,
                TerminalText.Escape(d.Location.Path),
                d.Location.Line,
                d.Location.Column,
                d.Message))
            .ToArray();

        // A result that hangs on more than the cache key covers, or on a failure that may pass, is never replayed.
        var isReplayable = !result.Options.CheckWorkingTree
            && string.IsNullOrWhiteSpace(result.Options.BaseRef)
            && !findings.Any(f => f.Id == RuleIds.InternalError);
        return new LintOutcome(findings, Summarize(result, notePath, repositoryRoot), isReplayable);
    }

    /// <summary>The message of an invalid MSBuild property, worded as an invalid <c>.editorconfig</c> value is (HL0022).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Finding InvalidProperty(string property, string expected, string? actual)
    {
        var descriptor = LinterDescriptors.InvalidConfiguration;
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, property, expected, actual);
        return new Finding(FindingLevel.Warning, descriptor.Id, descriptor.HelpLinkUri, string.Empty, 0, 0, message);
    }

    private static FindingLevel ToLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FindingLevel.Error,
        DiagnosticSeverity.Warning => FindingLevel.Warning,
        _ => FindingLevel.Suggestion,
    };

    private static IReadOnlyList<string> Summarize(LintResult result, string notePath, string? repositoryRoot)
    {
        var suggestions = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Suggestion);
        var kind = RegularFile.KindOf(notePath);
        var state = result.Document is not null ? "read" : kind == FileKind.Regular ? "unreadable" : kind == FileKind.Missing ? "missing" : kind == FileKind.Directory ? "a folder" : "not a file (" + kind.ToString().ToLowerInvariant() + ")";
        return new[]
        {
            string.Format(CultureInfo.InvariantCulture, "checked {0} ({1}): {2} error(s), {3} warning(s), {4} suggestion(s) before MSBuild's warning settings", notePath, state, result.ErrorCount, result.WarningCount, suggestions),
            "repository root " + (repositoryRoot ?? "not given (no .git above the project); the core library looked from the note's folder"),
            "configuration " + (result.ConfigurationFiles.Count == 0 ? "none (no .editorconfig applies; defaults in force)" : string.Join(", ", result.ConfigurationFiles)),
            "options " + DescribeOptions(result.Options),
        };
    }

    private static string DescribeOptions(HandoffLintOptions options)
    {
        var parts = new List<string>
        {
            "max_age_days=" + options.MaxAgeDays.ToString(CultureInfo.InvariantCulture),
            "max_characters=" + options.MaxCharacters.ToString(CultureInfo.InvariantCulture),
            "priority_tags=" + string.Join(",", options.PriorityTags),
            "required_sections=" + string.Join(",", options.RequiredSections.Select(s => s.Name)),
            "git_rules=" + (options.GitRulesEnabled ? "true" : "false"),
            "max_commits_behind=" + options.MaxCommitsBehind.ToString(CultureInfo.InvariantCulture),
            "stuck_after_versions=" + options.StuckAfterVersions.ToString(CultureInfo.InvariantCulture),
            "base_ref=" + (string.IsNullOrWhiteSpace(options.BaseRef) ? "(none)" : options.BaseRef),
        };
        if (options.IgnoredPaths.Count > 0) parts.Add("ignored_paths=" + string.Join(",", options.IgnoredPaths));
        foreach (var pair in options.Severities.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            parts.Add(pair.Key + "=" + pair.Value.ToText());
        }

        return string.Join(", ", parts);
    }
}
