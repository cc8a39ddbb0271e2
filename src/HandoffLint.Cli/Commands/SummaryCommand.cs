using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Cli.Summary;
using HandoffLint.Configuration;
using HandoffLint.Hooks;

namespace HandoffLint.Cli.Commands;

/// <summary>
/// <c>handofflint summary DIR...</c>: the coordinator's view of many projects, one row per note found, most urgent first.
/// Each note goes through the core linter like <c>lint --no-git</c>, and its git history (sessions lately, stuck P0 work)
/// is read from the object files: a git process per project would cost seconds over a thousand projects.
/// </summary>
internal static class SummaryCommand
{
    private const int DefaultDepth = 3;

    /// <summary>
    /// After how long a scan prints its progress on standard error. <c>HANDOFFLINT_PROGRESS_AFTER_MS</c> changes it, so that
    /// tests see the progress line without a slow scan.
    /// </summary>
    private static readonly TimeSpan DefaultProgressAfter = TimeSpan.FromSeconds(1);

    private const string ProgressAfterVariable = "HANDOFFLINT_PROGRESS_AFTER_MS";

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
            Description = "Output format: table (aligned), markdown (for a chat), json (the stable schema in docs/summary-json.md, for agents) " +
                          "or context (plain text for a coordinating agent's SessionStart hook, under the 10,000-character hook limit).",
            DefaultValueFactory = _ => SummaryFormatters.Table,
            HelpName = "table|markdown|json|context",
        };
        OptionValues.AcceptOnly(format, SummaryFormatters.All);
        var sort = new Option<string>("--sort", "-s")
        {
            Description = "Order: urgency (errors, then stuck P0 work, then staleness, then warnings), age (stalest first), name, errors, stuck, sessions. Default: urgency.",
            DefaultValueFactory = _ => SummaryOrder.Urgency,
            HelpName = string.Join("|", SummaryOrder.All),
        };
        OptionValues.AcceptOnly(sort, SummaryOrder.All);
        var stale = new Option<bool>("--stale") { Description = "Only projects whose note is stale: Last Updated older than max_age_days (14), or no readable date." };
        var stuck = new Option<bool>("--stuck") { Description = "Only projects with stuck P0 work (HL0036)." };
        var errors = new Option<bool>("--errors") { Description = "Only projects whose note has errors. Filters narrow together." };
        var hook = new Option<string?>("--hook")
        {
            Description = "Print the context as the SessionStart answer of this agent's hooks (claude, codex, gemini, cursor), for a coordinator's own hook.",
            HelpName = "agent",
        };
        OptionValues.AcceptOnly(hook!, HookAgents.Names);

        var command = new Command(
            "summary",
            "Show one row per project found under the folders: project, Last Updated, session, age in days, sessions in the last 14 days " +
            "(from the note's git history), errors and warnings, stuck P0 items (HL0036) and the first P0 item. " +
            "Searches skip .git, node_modules, bin and obj, follow symbolic links once, and step over unreadable folders. " +
            "The git rules' findings are not counted here, for speed.")
        {
            folders, depth, format, sort, stale, stuck, errors, hook,
        };
        CommandLineHelp.SetExitCodes(command, "0 the summary was printed (whatever the notes say); 2 usage or I/O failure (a DIR that does not exist).");
        command.SetAction(parseResult => Run(
            parseResult.GetValue(folders) ?? Array.Empty<string>(),
            parseResult.GetValue(depth),
            parseResult.GetValue(format) ?? SummaryFormatters.Table,
            parseResult.GetValue(sort) ?? SummaryOrder.Urgency,
            (parseResult.GetValue(stale), parseResult.GetValue(stuck), parseResult.GetValue(errors)),
            parseResult.GetValue(hook)));
        return command;
    }

    private static int Run(IReadOnlyList<string> folders, int depth, string format, string sort, (bool Stale, bool Stuck, bool Errors) only, string? hook)
    {
        foreach (var folder in folders)
        {
            if (File.Exists(folder)) throw new CliException($"'{folder}' is a file; summary takes folders that hold projects");
            if (Directory.Exists(folder)) continue;
            if (folder.StartsWith("-", StringComparison.Ordinal)) throw new CliException($"unknown option '{folder}'; see --help for the options");
            throw new CliException($"'{folder}' does not exist");
        }

        using var progress = new ScanProgress(ProgressAfter());
        var skipped = new List<(string Path, string Reason)>();
        var finder = new NoteFinder(depth, HandoffLintOptions.DefaultHandoffPath, (path, reason) => skipped.Add((path, reason)));
        var notes = folders.SelectMany(folder => finder.Find(folder, folder)).ToArray();
        foreach (var (path, reason) in skipped) Terminal.Warn($"skipped '{path}': {reason}");

        var clock = CliClock.Create();
        var today = clock.Now.Date;
        var linter = new HandoffLinter(clock);
        var rows = new ProjectSummary[notes.Length];
        progress.Start(notes.Length);
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
            var history = NoteHistory.Read(result, today);
            rows[i] = ProjectSummary.From(note, noteDisplay, result, history, today);
            progress.Done();
        });
        progress.Finish();

        var filters = new[] { (only.Stale, "stale"), (only.Stuck, "stuck"), (only.Errors, "errors") }.Where(f => f.Item1).Select(f => f.Item2).ToArray();
        var shown = SummaryOrder.Sort(rows.Where(r => SummaryOrder.Passes(r, only.Stale, only.Stuck, only.Errors)), sort, today);
        if (notes.Length == 0) Terminal.Warn($"no notes found: looked for {HandoffLintOptions.DefaultHandoffPath} up to {depth} level(s) below {string.Join(", ", folders)}");
        var report = new SummaryReport(shown, notes.Length, today, sort, filters, skipped);
        if (hook is not null)
        {
            Terminal.Out.Write(HookOutput.SessionContext(HookAgents.Parse(hook), SummaryFormatters.ComposeContext(report, HookRunner.MaxOutputCharacters)));
        }
        else
        {
            SummaryFormatters.Write(format, report, Terminal.Out, HookRunner.MaxOutputCharacters);
        }

        return ExitCodes.Success;
    }

    private static TimeSpan ProgressAfter() =>
        int.TryParse(Environment.GetEnvironmentVariable(ProgressAfterVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? TimeSpan.FromMilliseconds(milliseconds)
            : DefaultProgressAfter;
}
