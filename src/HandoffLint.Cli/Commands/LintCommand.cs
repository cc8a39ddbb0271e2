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
            Description = "The notes to check: files, folders (every SESSION-HANDOFF.md below them, so '.' covers a repository or a monorepo), " +
                          "quoted globs ('docs/**/*.md'), or '-' for standard input. Default: docs/SESSION-HANDOFF.md under the repository root found from the current folder.",
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
        var stdinPath = new Option<string?>("--stdin-path")
        {
            Description = "With '-': the path the note read from standard input stands for (its .editorconfig, repository and the path shown). Default: the repository's note.",
            HelpName = "path",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report (in any format) to this file instead of standard output.",
            HelpName = "file",
        };
        var maxWarnings = new Option<int?>("--max-warnings")
        {
            Description = "Fail (exit code 1) when there are more than this many warnings; 0 fails on any warning. Default: no limit.",
            HelpName = "N",
        };
        maxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 0) result.AddError("--max-warnings must be 0 or more");
        });

        var command = new Command("lint", "Check handoff notes and report what is wrong with them.")
        {
            paths, format, warnAsError, baseRef, workingTree, noGit, stdinPath, output, maxWarnings,
        };
        CommandLineHelp.SetExitCodes(command, "0 clean or warnings only; 1 errors (or warnings with --warnaserror, or more than --max-warnings); 2 usage or I/O failure.");
        command.SetAction(parseResult =>
        {
            var settings = new LintSettings(
                parseResult.GetValue(paths) ?? Array.Empty<string>(),
                parseResult.GetValue(format) ?? ReportFormats.Text,
                parseResult.GetValue(warnAsError),
                parseResult.GetValue(baseRef),
                parseResult.GetValue(workingTree),
                parseResult.GetValue(noGit),
                parseResult.GetValue(stdinPath),
                parseResult.GetValue(output),
                parseResult.GetValue(maxWarnings));
            return Run(settings);
        });
        return command;
    }

    private static int Run(LintSettings settings)
    {
        var targets = LintTargets.Resolve(settings.Paths, settings.StdinPath, ReadStandardInput);
        var linter = new HandoffLinter(CliClock.Create());
        var reports = new List<LintReport>(targets.Count);
        foreach (var target in targets)
        {
            var result = linter.Lint(new LintRequest(target.FullPath)
            {
                DisplayPath = target.DisplayPath,
                Text = target.Text,
                Configure = options =>
                {
                    if (settings.BaseRef is not null) options.BaseRef = settings.BaseRef;
                    if (settings.WorkingTree) options.CheckWorkingTree = true;
                    if (settings.NoGit) options.GitRulesEnabled = false;
                },
            });
            var diagnostics = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.None)
                .Select(d => settings.WarnAsError && d.Severity == DiagnosticSeverity.Warning ? new Diagnostic(d.Descriptor, DiagnosticSeverity.Error, d.Location, d.Message) : d)
                .ToArray();
            reports.Add(new LintReport(result, target.FullPath, result.RepositoryRoot, diagnostics));
        }

        var formatter = ReportFormats.Create(settings.Format, settings.Format == ReportFormats.Text && settings.OutputFile is null && Terminal.UseColor);
        if (settings.OutputFile is null) formatter.Write(reports, Terminal.Out);
        else WriteReportFile(settings.OutputFile, formatter, reports);

        if (reports.Any(r => r.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))) return ExitCodes.Findings;
        var warnings = reports.Sum(r => r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        if (warnings > settings.MaxWarnings)
        {
            Terminal.Warn($"{warnings} warning{(warnings == 1 ? string.Empty : "s")}, more than --max-warnings {settings.MaxWarnings} allows");
            return ExitCodes.Findings;
        }

        return ExitCodes.Success;
    }

    /// <summary>The report as a file, written whole or not at all (a CI step that uploads it never sees half a file).</summary>
    private static void WriteReportFile(string path, IReportFormatter formatter, IReadOnlyList<LintReport> reports)
    {
        var text = new StringWriter { NewLine = "\n" };
        formatter.Write(reports, text);
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath)) throw new CliException($"--output '{path}' is a folder; give a file name");
        try
        {
            // As eslint -o does: a report folder that CI has not made yet (Azure's CodeAnalysisLogs) is made.
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            HandoffLint.IO.AtomicFile.WriteAllBytes(fullPath, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write --output '{path}': {(e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.'))}");
        }
    }

    /// <summary>Standard input as text, decoded as the core decodes a note file (BOM, UTF-8 only).</summary>
    private static string ReadStandardInput()
    {
        using var input = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        if (!HandoffLint.Text.SourceText.TryDecode(buffer.ToArray(), out var text, out var failure)) throw new CliException($"cannot read standard input: {failure}");
        return text!.Text;
    }

    private sealed record LintSettings(
        IReadOnlyList<string> Paths, string Format, bool WarnAsError, string? BaseRef, bool WorkingTree, bool NoGit, string? StdinPath, string? OutputFile, int? MaxWarnings);
}
