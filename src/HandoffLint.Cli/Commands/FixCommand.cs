using System.CommandLine;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Fixing;
using HandoffLint.IO;
using HandoffLint.Text;

namespace HandoffLint.Cli.Commands;

/// <summary>
/// <c>handofflint fix [PATH]</c>: applies the core fixer's unambiguous fixes and writes the note atomically, keeping its
/// encoding, byte order mark and line endings; <c>--dry-run</c> prints the unified diff instead and writes nothing.
/// </summary>
internal static class FixCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "The note to fix. Default: docs/SESSION-HANDOFF.md under the repository root found from the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the changes as a unified diff and write nothing." };
        var command = new Command(
            "fix",
            "Apply the fixes that need no judgement: insert missing sections in schema order, write the Last Updated line as " +
            "YYYY-MM-DD (Session N), spell priority tags as [P0], and stable-sort What's Next by priority. " +
            "Never deletes or rewords your text; running it twice equals running it once.")
        {
            path, dryRun,
        };
        CommandLineHelp.SetExitCodes(command, "0 fixed, or nothing to fix (findings that need a person may remain: see 'handofflint lint'); 2 usage or I/O failure.");
        command.SetAction(parseResult => Run(parseResult.GetValue(path), parseResult.GetValue(dryRun)));
        return command;
    }

    private static int Run(string? path, bool dryRun)
    {
        var request = path is null ? NoteFiles.DefaultNote() : new LintRequest(Path.GetFullPath(path)) { DisplayPath = path };
        var fullPath = request.Path;
        var shown = request.DisplayPath!;
        // An explicit path that is not there is a usage error; a missing default note is a repository without the pattern.
        NoteFiles.EnsureReadable(fullPath, shown, mayBeMissing: path is null);
        if (RegularFile.KindOf(fullPath) == FileKind.Missing) throw new CliException($"there is no note at '{shown}' to fix; 'handofflint init' creates one");

        // Resolved once, as lint resolves it (.editorconfig, repository, text, parse); the count of what is left reuses it.
        request.Configure = options => options.GitRulesEnabled = false;
        var note = ResolvedNote.Resolve(request);
        if (note.Source is not { } source) throw new CliException($"cannot read '{shown}': {note.ReadFailure ?? "it could not be read"}; it was left untouched");
        var clock = CliClock.Create();
        var result = new HandoffFixer().Fix(note);

        var output = Terminal.Out;
        // The path and the change sentences (which quote the note) print escaped, as diagnostics do.
        var safe = TerminalText.Escape(shown);
        if (dryRun)
        {
            if (result.Changed) output.Write(UnifiedDiff.Create(result.OriginalText, result.FixedText, "a/" + DisplayPaths.WithForwardSlashes(shown), "b/" + DisplayPaths.WithForwardSlashes(shown)));
            foreach (var change in result.Changes) Terminal.Error.WriteLine("would fix: " + TerminalText.Escape(change));
        }
        else if (result.Changed)
        {
            // The note is replaced by a rename, which other names of the same file (hard links) do not follow: say so.
            var links = NativeFileStatus.LinksAndOwner(fullPath)?.Links ?? 1;
            AtomicFile.WriteAllBytes(fullPath, source.Encode(result.FixedText));
            if (links > 1) Terminal.Error.WriteLine($"handofflint: {safe} had {links - 1} other hard link{(links == 2 ? string.Empty : "s")}; fix wrote a new file, so {(links == 2 ? "that name keeps" : "those names keep")} the old text");
            output.WriteLine($"fixed {safe}:");
            foreach (var change in result.Changes) output.WriteLine("  - " + TerminalText.Escape(change));
        }

        if (!result.Changed) output.WriteLine($"{safe}: nothing to fix");
        foreach (var skipped in result.Skipped) (dryRun ? Terminal.Error : output).WriteLine("  left for you: " + TerminalText.Escape(skipped));

        // What is left needs a person; say how much, so that "fixed" is not mistaken for "clean".
        var remaining = new HandoffLinter(clock).Lint(note.WithText(result.FixedText))
            .Diagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToArray();
        if (remaining.Length > 0)
        {
            var errors = remaining.Count(d => d.Severity == DiagnosticSeverity.Error);
            (dryRun ? Terminal.Error : output).WriteLine(
                $"{remaining.Length} finding{(remaining.Length == 1 ? string.Empty : "s")} ({errors} error{(errors == 1 ? string.Empty : "s")}) need a person{(dryRun ? " after these fixes" : string.Empty)}: run 'handofflint lint {safe}'");
        }

        return ExitCodes.Success;
    }
}
