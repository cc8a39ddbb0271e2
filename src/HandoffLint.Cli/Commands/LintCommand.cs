using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HandoffLint.Cli.Output;
using HandoffLint.Diagnostics;

namespace HandoffLint.Cli.Commands;

/// <summary><c>handofflint lint [PATH...]</c>: every finding comes from the core library, so the CLI and the build agree.</summary>
internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "The notes to check. Default: docs/SESSION-HANDOFF.md under the repository root found from the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (MSBuild's canonical form), json, sarif (2.1.0) or github (workflow commands).",
            DefaultValueFactory = _ => ReportFormats.Text,
            HelpName = "text|json|sarif|github",
        };
        OptionValues.AcceptOnly(format, ReportFormats.All);
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors: they are reported as errors and make the exit code 1." };
        var baseRef = new Option<string?>("--base")
        {
            Description = "Pull-request gate: report an error when the changes since the merge base with this ref touch files but not the note.",
            HelpName = "ref",
        };
        var workingTree = new Option<bool>("--working-tree") { Description = "Also report changed or new files in the working tree while the note is unchanged." };
        var noGit = new Option<bool>("--no-git") { Description = "Skip the rules that ask git (freshness by commits, the --base gate)." };

        var command = new Command("lint", "Check handoff notes and report what is wrong with them.")
        {
            paths, format, warnAsError, baseRef, workingTree, noGit,
        };
        CommandLineHelp.SetExitCodes(command, "0 clean or warnings only; 1 errors (or warnings with --warnaserror); 2 usage or I/O failure.");
        command.SetAction(parseResult =>
        {
            var settings = new LintSettings(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                parseResult.GetValue(format) ?? ReportFormats.Text,
                parseResult.GetValue(warnAsError),
                parseResult.GetValue(baseRef),
                parseResult.GetValue(workingTree),
                parseResult.GetValue(noGit));
            return Run(settings);
        });
        return command;
    }

    private static int Run(LintSettings settings)
    {
        var targets = ResolveTargets(settings.Paths);
        var linter = new HandoffLinter(CliClock.Create());
        var reports = new List<LintReport>(targets.Count);
        foreach (var request in targets)
        {
            request.Configure = options =>
            {
                if (settings.BaseRef is not null) options.BaseRef = settings.BaseRef;
                if (settings.WorkingTree) options.CheckWorkingTree = true;
                if (settings.NoGit) options.GitRulesEnabled = false;
            };
            var result = linter.Lint(request);
            var diagnostics = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.None)
                .Select(d => settings.WarnAsError && d.Severity == DiagnosticSeverity.Warning ? new Diagnostic(d.Descriptor, DiagnosticSeverity.Error, d.Location, d.Message) : d)
                .ToArray();
            reports.Add(new LintReport(result, request.Path, result.RepositoryRoot, diagnostics));
        }

        ReportFormats.Create(settings.Format, settings.Format == ReportFormats.Text && Terminal.UseColor).Write(reports, Terminal.Out);
        return reports.Any(r => r.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Checks every path before linting any, so that a typo fails the whole command before it prints anything.</summary>
    private static IReadOnlyList<LintRequest> ResolveTargets(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            var request = NoteFiles.DefaultNote();
            NoteFiles.EnsureReadable(request.Path, request.DisplayPath!, mayBeMissing: true);
            return new[] { request };
        }

        var targets = new List<LintRequest>(paths.Count);
        foreach (var path in paths)
        {
            var fullPath = Path.GetFullPath(path);
            NoteFiles.EnsureReadable(fullPath, path, mayBeMissing: false);
            targets.Add(new LintRequest(fullPath) { DisplayPath = path });
        }

        return targets;
    }

    private sealed record LintSettings(IReadOnlyList<string> Paths, string Format, bool WarnAsError, string? BaseRef, bool WorkingTree, bool NoGit);
}
