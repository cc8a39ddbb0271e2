using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>
/// Runs the real <c>handofflint hook ...</c> as the agents do: the program <see cref="CliProcess"/> runs (the build output,
/// or <c>HANDOFFLINT_CLI</c>, a Native AOT binary), with the hook's JSON payload on standard input.
/// </summary>
internal static class HookProcess
{
    public static CliResult Run(string workingDirectory, string? input, params string[] arguments) =>
        CliProcess.Run(new CliRun(workingDirectory, arguments) { StandardInput = input });
}

/// <summary>A temp git repository with a note and some code, and payloads shaped as each agent's hooks reference documents them.</summary>
internal sealed class HookRepository : IDisposable
{
    public const string SessionId = "8a1e6f2c-3b4d-4c5e-9f70-1a2b3c4d5e6f";

    public const string Note = """
        # Session Handoff

        ## Last Updated
        2026-11-22 (Session 12)

        ## Current State
        The importer reads CSV; the dashboard shows the last 30 days.

        ## What Was Done This Session
        - Added CSV input with tests.

        ## What Failed
        - Streaming the parser through the CSV path cut records in half.

        ## What's Next
        - [P0] Handle records larger than one read buffer
        - [P1] Show import errors on the dashboard

        ## Key Decisions
        - One parser per input format.

        """;

    public HookRepository()
    {
        Folder = new TempFolder();
        Folder.GitInit();
        Folder.Write("docs/SESSION-HANDOFF.md", Note);
        Folder.Write("src/Importer.cs", "class Importer {}\n");
        Folder.Git("add", "--all");
        Folder.Git("commit", "-q", "-m", "Importer and handoff");
    }

    public TempFolder Folder { get; }

    public string Root => Folder.Path;

    public CliResult Hook(string input, params string[] arguments) => HookProcess.Run(Root, input, new[] { "hook" }.Concat(arguments).ToArray());

    /// <summary>Claude Code's SessionStart payload (common fields, source, model).</summary>
    public string SessionStart(string source = "startup") =>
        $$"""{"session_id":"{{SessionId}}","transcript_path":"/home/dev/.claude/projects/importer/{{SessionId}}.jsonl","cwd":{{Quote(Root)}},"hook_event_name":"SessionStart","source":"{{source}}","model":"claude-sonnet-5"}""";

    /// <summary>Claude Code's Stop payload (common fields, stop_hook_active, last_assistant_message, background work).</summary>
    public string Stop(bool active = false) =>
        $$"""{"session_id":"{{SessionId}}","transcript_path":"/home/dev/.claude/projects/importer/{{SessionId}}.jsonl","cwd":{{Quote(Root)}},"permission_mode":"default","hook_event_name":"Stop","stop_hook_active":{{(active ? "true" : "false")}},"last_assistant_message":"I've added the JSON reader.","background_tasks":[],"session_crons":[]}""";

    /// <summary>Claude Code's PreCompact payload.</summary>
    public string PreCompact() =>
        $$"""{"session_id":"{{SessionId}}","transcript_path":"/home/dev/.claude/projects/importer/{{SessionId}}.jsonl","cwd":{{Quote(Root)}},"hook_event_name":"PreCompact","trigger":"manual","custom_instructions":""}""";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public void Dispose() => Folder.Dispose();
}
