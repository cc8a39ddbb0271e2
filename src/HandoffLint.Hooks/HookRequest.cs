using System;

namespace HandoffLint.Hooks;

/// <summary>One hook call: which agent, which event, what came on standard input, and the front end's switches.</summary>
public sealed class HookRequest
{
    /// <summary>Creates a request.</summary>
    public HookRequest(HookAgent agent, HookEvent hookEvent, string? input)
    {
        Agent = agent;
        Event = hookEvent;
        Input = input;
    }

    /// <summary>The agent that runs the hook.</summary>
    public HookAgent Agent { get; }

    /// <summary>The event.</summary>
    public HookEvent Event { get; }

    /// <summary>Standard input as read (the agent's JSON payload), or null when there was none.</summary>
    public string? Input { get; }

    /// <summary>The folder to work from when the payload names none (the process's current folder).</summary>
    public string WorkingDirectory { get; set; } = Environment.CurrentDirectory;

    /// <summary>The note's path, relative to the repository root or absolute; null for the configured default.</summary>
    public string? NotePath { get; set; }

    /// <summary>
    /// PreCompact only (Claude Code): when the note needs rewriting, block compaction (exit code 2) instead of letting it run
    /// and telling the agent afterwards.
    /// </summary>
    public bool BlockCompaction { get; set; }

    /// <summary>
    /// Stop only: how many blocks in a row without progress (the note unchanged since the last block) the agent gets before it
    /// is let go, whatever the agent's own loop flag says. Default 2.
    /// </summary>
    public int MaxBlocks { get; set; } = DefaultMaxBlocks;

    /// <summary>The default of <see cref="MaxBlocks"/>.</summary>
    public const int DefaultMaxBlocks = 2;
}

/// <summary>What a hook call answers: the exit code, standard output (the agent's JSON, or nothing) and standard error.</summary>
public sealed class HookResponse
{
    /// <summary>Creates a response.</summary>
    public HookResponse(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Output = output ?? string.Empty;
        Error = error ?? string.Empty;
    }

    /// <summary>0, except 2 when compaction is blocked on request.</summary>
    public int ExitCode { get; }

    /// <summary>Standard output: one JSON object and a line end, or empty for "go ahead, nothing to say".</summary>
    public string Output { get; }

    /// <summary>Standard error: why HandoffLint could not check (the agent shows it in its debug log), or empty.</summary>
    public string Error { get; }
}
