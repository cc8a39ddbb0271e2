using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Cli.Summary;
using HandoffLint.Configuration;

namespace HandoffLint.Cli.Commands;

/// <summary>
/// <c>handofflint summary DIR...</c>: the coordinator's view of many projects, one row per note found, stalest first.
/// Each note goes through the core linter like <c>lint --no-git</c>: the git rules would cost one or two git processes per
/// project, and a thousand projects must take well under a second.
/// </summary>
internal static class SummaryCommand
{
    private const int DefaultDepth = 3;

    public static Command Create()
    {
        var folders = new Argument<string[]>("DIR")
        {
            Description = "Folders to search for projects (a project is a folder holding docs/SESSION-HANDOFF.md).",
            Arity = ArgumentArity.OneOrMore,
        };
        var depth = new Option<int>("--depth", "-d")
        {
            Description = $"How many folder levels below each DIR to search for projects (DIR itself is level 0). Default: {DefaultDepth}.",
            DefaultValueFactory = _ => DefaultDepth,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var levels)) return levels;
                result.AddError($"--depth must be a whole number, 0 or more; Actual: '{text}'");
                return DefaultDepth;
            },
            HelpName = "levels",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (aligned, stalest first), markdown or json.",
            DefaultValueFactory = _ => SummaryFormatters.Table,
            HelpName = "table|markdown|json",
        };
        OptionValues.AcceptOnly(format, SummaryFormatters.All);

        var command = new Command(
            "summary",
            "Show one row per project found under the folders: project, Last Updated, session, age in days, errors and warnings, and the first [P0] item. " +
            "Searches skip .git, node_modules, bin and obj, follow symbolic links once, and step over unreadable folders. " +
            "The git rules are not run here, for speed.")
        {
            folders, depth, format,
        };
        CommandLineHelp.SetExitCodes(command, "0 the summary was printed (whatever the notes say); 2 usage or I/O failure (a DIR that does not exist).");
        command.SetAction(parseResult => Run(
            parseResult.GetValue(folders) ?? Array.Empty<string>(),
            parseResult.GetValue(depth),
            parseResult.GetValue(format) ?? SummaryFormatters.Table));
        return command;
    }

    private static int Run(IReadOnlyList<string> folders, int depth, string format)
    {
        foreach (var folder in folders)
        {
            if (File.Exists(folder)) throw new CliException($"'{folder}' is a file; summary takes folders that hold projects");
            if (Directory.Exists(folder)) continue;
            if (folder.StartsWith("-", StringComparison.Ordinal)) throw new CliException($"unknown option '{folder}'; see --help for the options");
            throw new CliException($"'{folder}' does not exist");
        }

        var skipped = new List<(string Path, string Reason)>();
        var finder = new NoteFinder(depth, HandoffLintOptions.DefaultHandoffPath, (path, reason) => skipped.Add((path, reason)));
        var notes = folders.SelectMany(folder => finder.Find(folder, folder)).ToArray();
        foreach (var (path, reason) in skipped) Terminal.Warn($"skipped '{path}': {reason}");

        var clock = CliClock.Create();
        var today = clock.Now.Date;
        var linter = new HandoffLinter(clock);
        var rows = new ProjectSummary[notes.Length];
        // Notes are independent; the linter and its rules hold no per-lint state, so they run in parallel.
        Parallel.For(0, notes.Length, i =>
        {
            var note = notes[i];
            var noteDisplay = DisplayPaths.FromCurrentFolder(note.NotePath);
            var result = linter.Lint(new LintRequest(note.NotePath)
            {
                DisplayPath = noteDisplay,
                Configure = options => options.GitRulesEnabled = false,
            });
            rows[i] = ProjectSummary.From(note, noteDisplay, result, today);
        });

        var ordered = rows
            .OrderByDescending(r => r.AgeDays ?? int.MaxValue) // no readable date is the stalest of all
            .ThenBy(r => r.Project, StringComparer.Ordinal)
            .ToArray();
        if (ordered.Length == 0) Terminal.Warn($"no notes found: looked for {HandoffLintOptions.DefaultHandoffPath} up to {depth} level(s) below {string.Join(", ", folders)}");
        SummaryFormatters.Write(format, ordered, today, skipped, Terminal.Out);
        return ExitCodes.Success;
    }
}
