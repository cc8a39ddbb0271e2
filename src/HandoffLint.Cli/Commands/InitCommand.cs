using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HandoffLint.Cli.Init;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Hooks;
using HandoffLint.IO;
using HandoffLint.Text;

namespace HandoffLint.Cli.Commands;

/// <summary>
/// <c>handofflint init</c>: sets up the whole pattern in the current repository in one step: the note, the session protocol in
/// the agent instructions, and the agent hooks. Everything is checked before anything is written, each file is written
/// atomically, nothing the user wrote is lost, and a second run changes nothing.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var agentsMd = new Option<bool>("--agents-md") { Description = "Put the session protocol in AGENTS.md (read by Codex and other agents) instead of CLAUDE.md." };
        var agents = new Option<string[]>("--agent")
        {
            Description = "The agent to wire (repeatable): " + string.Join(", ", AgentWiring.Names) + ". Default: claude.",
            Arity = ArgumentArity.OneOrMore,
        };
        agents.AcceptOnlyFromAmong(AgentWiring.Names.ToArray());
        var noHooks = new Option<bool>("--no-hooks") { Description = "Do not add the agent hooks (only the note and the session protocol)." };
        var hookCommand = new Option<string?>("--hook-command")
        {
            Description = "The command that starts handofflint in the hooks, such as 'handofflint' or 'dotnet tool run handofflint'. " +
                "Default: the way this handofflint was started (global tool, tool manifest, --tool-path, binary or dnx), so that the agent's shell finds it without PATH.",
        };
        var command = new Command(
            "init",
            "Set up the handoff pattern in the current repository: docs/SESSION-HANDOFF.md with every section (today's date, Session 1), " +
            "the session protocol in CLAUDE.md, and the agent hooks merged into each agent's settings (.claude/settings.json by default; " +
            "--agent codex: .codex/hooks.json, --agent gemini: .gemini/settings.json, --agent cursor: .cursor/hooks.json). " +
            "An existing note is never overwritten; running init again changes nothing.")
        {
            agentsMd, agents, noHooks, hookCommand,
        };
        CommandLineHelp.SetExitCodes(command, "0 set up, or already set up; 2 usage or I/O failure (such as a malformed .claude/settings.json, which is left untouched).");
        command.SetAction(parseResult => Run(parseResult.GetValue(agentsMd), parseResult.GetValue(agents), parseResult.GetValue(noHooks), parseResult.GetValue(hookCommand)));
        return command;
    }

    private static int Run(bool agentsMd, string[]? agentNames, bool noHooks, string? hookCommand)
    {
        var currentFolder = Environment.CurrentDirectory;
        if (hookCommand is not null && hookCommand.Trim().Length == 0) throw new CliException("--hook-command needs a command, such as 'handofflint' or 'dotnet tool run handofflint'", ExitCodes.UsageOrIoFailure);
        var repositoryRoot = RepositoryLocator.FindRoot(currentFolder);
        var root = repositoryRoot ?? currentFolder;

        var options = new HandoffLintOptions();
        var notePath = Path.GetFullPath(Path.Combine(root, options.HandoffPath));
        // The schema in force (sections, tags) shapes the note and the protocol; invalid values are lint's to report.
        EditorConfigOptionsReader.Apply(notePath, options);
        var noteInRepository = DisplayPaths.WithForwardSlashes(Path.GetRelativePath(root, notePath));
        // Codex and most other agents read AGENTS.md; CLAUDE.md only when Claude Code is among the agents wired.
        var instructionsName = agentsMd || (agentNames is { Length: > 0 } && !agentNames.Contains("claude", StringComparer.OrdinalIgnoreCase)) ? "AGENTS.md" : "CLAUDE.md";

        var plan = new List<(string Path, byte[] Bytes)>();
        var report = new List<string>();
        if (repositoryRoot is null) report.Add($"no git repository around '{currentFolder}': set up in this folder");
        PlanNote(notePath, options, instructionsName, plan, report);
        PlanProtocol(Path.Combine(root, instructionsName), options, noteInRepository, plan, report);
        var wirings = (agentNames is { Length: > 0 } ? agentNames : new[] { "claude" })
            .Select(name => AgentWiring.Find(name)!)
            .Distinct()
            .ToArray();
        var manualSteps = new List<string>();
        if (!noHooks)
        {
            var tool = hookCommand is null ? ToolInvocation.Detect(currentFolder) : ToolInvocation.Given(hookCommand);
            var hooksChanged = false;
            foreach (var wiring in wirings)
            {
                hooksChanged |= PlanHooks(wiring, root, tool, plan, report);
                if (wiring.ManualStep is not null) manualSteps.Add(wiring.ManualStep);
            }

            if (hooksChanged && tool.Caveat is not null) report.Add("note: " + tool.Caveat);
        }

        // Only now, with every input checked, is anything written.
        foreach (var (path, bytes) in plan)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.WriteAllBytes(path, bytes);
        }

        foreach (var line in report) Terminal.Out.WriteLine(TerminalText.Escape(line));
        if (plan.Count == 0) Terminal.Out.WriteLine("Nothing to change: the handoff pattern is set up already.");
        // Said on every run, changed or not: a step only the user can take is the one most easily missed.
        foreach (var step in manualSteps) Terminal.Out.WriteLine("manual step: " + step);
        return ExitCodes.Success;
    }

    private static void PlanNote(string notePath, HandoffLintOptions options, string instructionsName, List<(string, byte[])> plan, List<string> report)
    {
        var shown = DisplayPaths.FromCurrentFolder(notePath);
        var kind = RegularFile.KindOf(notePath);
        if (kind == FileKind.Directory) throw new CliException($"'{shown}' is a folder, where the note should be; nothing was written");
        if (kind != FileKind.Regular && kind != FileKind.Missing) throw new CliException($"cannot use '{shown}' for the note: {RegularFile.Describe(kind, notePath)}; nothing was written");
        if (kind == FileKind.Regular)
        {
            report.Add($"kept {shown}: it exists already, and init never overwrites a note");
            return;
        }

        var today = CliClock.Create().Now.Date;
        plan.Add((notePath, Utf8(HandoffTemplate.Create(options, today, instructionsName, "\n"))));
        report.Add($"created {shown} ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, Session 1)");
    }

    private static void PlanProtocol(string path, HandoffLintOptions options, string noteInRepository, List<(string, byte[])> plan, List<string> report)
    {
        var shown = DisplayPaths.FromCurrentFolder(path);
        var existing = TextFiles.ReadIfExists(path, shown);
        var newLine = existing?.NewLine ?? "\n";
        var block = ProtocolBlock.Create(options, noteInRepository, newLine);
        var (text, change) = ProtocolBlock.Apply(existing?.Text ?? string.Empty, block, newLine);
        switch (change)
        {
            case ProtocolChange.AlreadyPresent:
                report.Add($"kept {shown}: it has the session protocol already");
                return;
            case ProtocolChange.OtherProtocolPresent:
                report.Add($"kept {shown}: it has a session protocol of its own; check that it says to read {noteInRepository} at the start and rewrite it before the end or compaction");
                return;
        }

        plan.Add((path, existing is null ? Utf8(text) : existing.Encode(text)));
        report.Add(change == ProtocolChange.Updated
            ? $"updated the session protocol in {shown} to version {ProtocolBlock.Version}"
            : existing is null ? $"created {shown} with the session protocol" : $"added the session protocol to {shown}");
    }

    /// <summary>Plans the merge of <paramref name="wiring"/>'s hooks; true when its settings file changes.</summary>
    private static bool PlanHooks(AgentWiring wiring, string root, ToolInvocation tool, List<(string, byte[])> plan, List<string> report)
    {
        var path = Path.Combine(root, wiring.SettingsPath);
        var shown = DisplayPaths.FromCurrentFolder(path);
        var existing = TextFiles.ReadIfExists(path, shown);
        var (text, added, updated) = AgentHookSettings.Merge(wiring, existing?.Text, shown, tool, root);
        if (text is null)
        {
            report.Add($"kept {shown}: it has the HandoffLint hooks already");
            return false;
        }

        plan.Add((path, existing is null ? Utf8(text) : existing.Encode(text)));
        var changes = new List<string>();
        if (added.Count > 0) changes.Add($"added the {string.Join(", ", added)} hook{(added.Count == 1 ? string.Empty : "s")}");
        if (updated.Count > 0) changes.Add($"repaired the {string.Join(", ", updated)} hook{(updated.Count == 1 ? string.Empty : "s")}, which could not start HandoffLint");
        report.Add($"{(existing is null ? "created" : "updated")} {shown}: {string.Join("; ", changes)}, run as '{tool.Prefix} hook {HookNames.CommandName(wiring.Agent)} ...'");
        return true;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
}
