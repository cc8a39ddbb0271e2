using System;
using System.Collections.Generic;
using System.IO;
using HandoffLint.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HandoffLint.Build;

/// <summary>
/// Lints the repository's handoff note with the core library and logs every finding the way MSBuild logs a compiler's:
/// canonical <c>file(line,col): warning HLnnnn: message</c> lines with a help link, subject to <c>NoWarn</c>,
/// <c>WarningsAsErrors</c>, <c>-warnaserror</c> and the rest. Holds no lint logic of its own.
/// </summary>
/// <remarks>
/// Runs in HandoffLint's private project (build/HandoffLint.proj), which MSBuild builds once per build, so each finding
/// is printed once however many projects and target frameworks reference the package. When nothing the result depends
/// on has changed since the last build, the findings are replayed from <see cref="LintResultCache"/>.
/// </remarks>
public sealed class LintHandoffNote : Task
{
    /// <summary>The note's full path.</summary>
    [Required]
    public string NotePath { get; set; } = string.Empty;

    /// <summary>The folder that holds <c>.git</c>; empty to let the core library look for it from the note's folder.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary>The CI gate, <c>true</c> or <c>false</c>: report every warning-level finding as an error (<c>HandoffLintTreatFindingsAsErrors</c>).</summary>
    /// <remarks>A string rather than a bool, so that a mistyped value is one clear HL0022 warning instead of an MSBuild error.</remarks>
    public string? TreatFindingsAsErrors { get; set; }

    /// <summary><c>normal</c> (findings only) or <c>detailed</c> (also what was checked and which configuration applied).</summary>
    public string? Verbosity { get; set; }

    /// <summary>The base ref of the pull-request gate (HL0035), such as <c>origin/main</c>; empty for none.</summary>
    public string? BaseRef { get; set; }

    /// <summary>HandoffLint codes the calling projects silence (<c>NoWarn</c>); the CI gate leaves them silent.</summary>
    public string? WarningsAsMessages { get; set; }

    /// <summary>HandoffLint codes the calling projects keep as warnings (<c>WarningsNotAsErrors</c>); the CI gate keeps them too.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            Run();
        }
        catch (Exception e)
        {
            BuildFailure.Report(Log, NotePath, e);
        }

        return !Log.HasLoggedErrors;
    }

    private void Run()
    {
        var detailed = ReadVerbosity();
        var gate = ReadGate();
        var notePath = Path.GetFullPath(NotePath);
        var repositoryRoot = string.IsNullOrWhiteSpace(RepositoryRoot) ? null : Path.GetFullPath(RepositoryRoot);
        var (outcome, how) = LintOrReplay(notePath, repositoryRoot);

        var silenced = WarningCodeList.Parse(WarningsAsMessages);
        var keptAsWarnings = WarningCodeList.Parse(WarningsNotAsErrors);
        foreach (var finding in outcome.Findings)
        {
            var level = finding.Level;
            if (gate && level == FindingLevel.Warning && GateApplies(finding.Id, silenced, keptAsWarnings)) level = FindingLevel.Error;
            LogFinding(finding, level);
        }

        var importance = detailed ? MessageImportance.High : MessageImportance.Low;
        foreach (var line in outcome.Summary) Log.LogMessage(importance, "HandoffLint: {0}", line);
        Log.LogMessage(importance, "HandoffLint: {0}; treat findings as errors {1}; NoWarn {2}; WarningsNotAsErrors {3}", how, gate ? "on" : "off", OrNone(WarningsAsMessages), OrNone(WarningsNotAsErrors));
    }

    private (LintOutcome Outcome, string How) LintOrReplay(string notePath, string? repositoryRoot)
    {
        string? folder = null;
        string? key = null;
        try
        {
            folder = LintResultCache.Folder();
            key = folder is null ? null : LintResultCache.ComputeKey(notePath, repositoryRoot, BaseRef, DateTime.Now.Date);
            var cached = key is null ? null : LintResultCache.TryRead(folder!, notePath, key);
            if (cached is not null) return (cached, LintResultCache.ReplayedDescription);
        }
        catch (Exception e)
        {
            // The cache is only a shortcut: when it cannot be read, lint.
            Log.LogMessage(MessageImportance.Low, "HandoffLint: result cache not used: {0}", e.Message);
            key = null;
        }

        var outcome = CoreLint.Run(notePath, repositoryRoot, BaseRef);
        if (key is not null && outcome.IsReplayable)
        {
            try
            {
                LintResultCache.Write(folder!, notePath, key, outcome);
            }
            catch (Exception e)
            {
                Log.LogMessage(MessageImportance.Low, "HandoffLint: result not cached: {0}", e.Message);
            }
        }

        return (outcome, key is null ? "linted (result cache off for this build)" : "linted");
    }

    /// <summary>
    /// The gate turns a warning into an error unless the project silenced it (NoWarn must keep working under the gate) or
    /// kept it a warning; HL9999 stays a warning, because a HandoffLint bug must never be what fails a build.
    /// </summary>
    private static bool GateApplies(string id, ISet<string> silenced, ISet<string> keptAsWarnings) =>
        id != RuleIds.InternalError && !silenced.Contains(id) && !keptAsWarnings.Contains(id);

    private void LogFinding(Finding finding, FindingLevel level)
    {
        // Line and column only, as the C# compiler prints them: with an end position MSBuild prints (l,c,el,ec), which
        // common CI problem matchers (setup-dotnet's among them) do not recognise. The message goes in as a format with
        // no arguments, so braces in it are printed as they are.
        var file = finding.File.Length == 0 ? null : finding.File;
        switch (level)
        {
            case FindingLevel.Error:
                Log.LogError(null, finding.Id, finding.Id, finding.HelpLink, file, finding.Line, finding.Column, 0, 0, finding.Message, Array.Empty<object>());
                break;
            case FindingLevel.Warning:
                Log.LogWarning(null, finding.Id, finding.Id, finding.HelpLink, file, finding.Line, finding.Column, 0, 0, finding.Message, Array.Empty<object>());
                break;
            default:
                // Roslyn's "info": visible with -v:detailed and in IDEs, never in the way of a build.
                Log.LogMessage(null, finding.Id, finding.Id, file, finding.Line, finding.Column, 0, 0, MessageImportance.Low, finding.Message, Array.Empty<object>());
                break;
        }
    }

    private bool ReadGate()
    {
        if (BuildSwitches.ReadGate(TreatFindingsAsErrors) is bool gate) return gate;
        LogFinding(CoreLint.InvalidProperty("HandoffLintTreatFindingsAsErrors", "true or false", TreatFindingsAsErrors), FindingLevel.Warning);
        return false;
    }

    private bool ReadVerbosity()
    {
        if (BuildSwitches.ReadDetailed(Verbosity) is bool detailed) return detailed;
        LogFinding(CoreLint.InvalidProperty("HandoffLintVerbosity", "normal or detailed", Verbosity), FindingLevel.Warning);
        return false;
    }

    private static string OrNone(string? value) => string.IsNullOrWhiteSpace(value) ? "(none)" : value!;
}
