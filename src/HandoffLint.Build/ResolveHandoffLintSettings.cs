using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HandoffLint.Build;

/// <summary>
/// Runs in every project that references HandoffLint and prepares the call into HandoffLint's private project, which
/// lints the note once per build however many projects and target frameworks ask for it; or says the call can be
/// skipped, when the last result still holds and has nothing to report.
/// </summary>
/// <remarks>
/// MSBuild builds a project once per build for each distinct set of global properties, across all build nodes, and
/// hands every later caller the cached result. So the call must carry exactly the properties that change what is
/// reported, spelled the same way by every project: this task names the caller's global properties (so that
/// <c>TargetFramework</c>, <c>Configuration</c> and the like are removed) and reduces the caller's warning controls to
/// their HandoffLint codes in a canonical order. It never touches the core library, so a damaged install still gets
/// as far as the lint task, which reports the damage as HL9999.
/// <para>
/// The shortcut: a repository whose note is clean and unchanged has nothing to print, so once-per-build printing needs
/// no call at all. When the stored result for the note's current inputs (see <see cref="LintResultCache"/>) holds no
/// finding of any level, and the switches ask for nothing more to be logged, <see cref="NothingToReport"/> is true and
/// the build skips the call. That call is MSBuild's nested build of another project, whose first use in a build process
/// costs some 50 ms; the shortcut keeps a clean note's cost to a few file reads.
/// </para>
/// </remarks>
public sealed class ResolveHandoffLintSettings : Task
{
    /// <summary>The caller's codes logged as messages: <c>$(MSBuildWarningsAsMessages);$(NoWarn)</c>.</summary>
    public string? WarningsAsMessages { get; set; }

    /// <summary>The caller's codes promoted to errors: <c>$(MSBuildWarningsAsErrors);$(WarningsAsErrors)</c>.</summary>
    public string? WarningsAsErrors { get; set; }

    /// <summary>The caller's codes kept as warnings: <c>$(MSBuildWarningsNotAsErrors);$(WarningsNotAsErrors)</c>.</summary>
    public string? WarningsNotAsErrors { get; set; }

    /// <summary>The note's full path, as it goes to the lint task.</summary>
    public string? NotePath { get; set; }

    /// <summary>The repository root, as it goes to the lint task.</summary>
    public string? RepositoryRoot { get; set; }

    /// <summary><c>HandoffLintBaseRef</c>.</summary>
    public string? BaseRef { get; set; }

    /// <summary><c>HandoffLintVerbosity</c>.</summary>
    public string? Verbosity { get; set; }

    /// <summary><c>HandoffLintTreatFindingsAsErrors</c>.</summary>
    public string? TreatFindingsAsErrors { get; set; }

    /// <summary>True when the last result still holds and has nothing to report, so the build need not ask for it.</summary>
    [Output]
    public bool NothingToReport { get; private set; }

    /// <summary>The HandoffLint codes of <see cref="WarningsAsMessages"/>, canonical.</summary>
    [Output]
    public string HandoffWarningsAsMessages { get; private set; } = string.Empty;

    /// <summary>The HandoffLint codes of <see cref="WarningsAsErrors"/>, canonical.</summary>
    [Output]
    public string HandoffWarningsAsErrors { get; private set; } = string.Empty;

    /// <summary>The HandoffLint codes of <see cref="WarningsNotAsErrors"/>, canonical.</summary>
    [Output]
    public string HandoffWarningsNotAsErrors { get; private set; } = string.Empty;

    /// <summary>The names of the caller's global properties, for the MSBuild task's <c>RemoveProperties</c>.</summary>
    [Output]
    public ITaskItem[] GlobalPropertiesToRemove { get; private set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            HandoffWarningsAsMessages = WarningCodeList.Canonical(WarningsAsMessages);
            HandoffWarningsAsErrors = WarningCodeList.Canonical(WarningsAsErrors);
            HandoffWarningsNotAsErrors = WarningCodeList.Canonical(WarningsNotAsErrors);
            GlobalPropertiesToRemove = GlobalPropertyNames().Select(name => (ITaskItem)new TaskItem(name)).ToArray();
            NothingToReport = HasNothingToReport();
        }
        catch (Exception e)
        {
            // Nothing here should fail; if it does, the note goes unchecked this once rather than the build breaking.
            BuildFailure.Report(Log, BuildEngine?.ProjectFileOfTaskNode, e);
        }

        return true;
    }

    private bool HasNothingToReport()
    {
        // Anything the lint task would log beyond findings (the detailed summary, an invalid switch) needs the call.
        if (BuildSwitches.ReadDetailed(Verbosity) != false || BuildSwitches.ReadGate(TreatFindingsAsErrors) is null) return false;
        if (string.IsNullOrWhiteSpace(NotePath)) return false;
        var repositoryRoot = string.IsNullOrWhiteSpace(RepositoryRoot) ? null : Path.GetFullPath(RepositoryRoot);
        var replay = LintResultCache.TryReplay(Path.GetFullPath(NotePath), repositoryRoot, BaseRef);
        if (replay is null || replay.Findings.Count != 0) return false;
        Log.LogMessage(MessageImportance.Low, "HandoffLint: {0}: no findings, nothing to report", LintResultCache.ReplayedDescription);
        return true;
    }

    private IEnumerable<string> GlobalPropertyNames()
    {
        if (BuildEngine is not IBuildEngine6 engine) return Array.Empty<string>();
        return engine.GetGlobalProperties().Keys.OrderBy(k => k, StringComparer.OrdinalIgnoreCase);
    }
}
