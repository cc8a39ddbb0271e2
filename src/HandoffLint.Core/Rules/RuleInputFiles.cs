using System.Collections.Generic;

namespace HandoffLint.Rules;

/// <summary>
/// The files at the repository root that rules read besides the note and its <c>.editorconfig</c> files: the one list. The
/// protocol rules take their paths from here, and the MSBuild task's replay cache keys every entry, compiling this file
/// into its own assembly (a replay must not load the core). A rule that reads another file adds it here, and the package
/// test that edits each entry proves the next build sees it.
/// </summary>
/// <remarks>Depends on nothing but the base library, and must stay so: it is compiled into HandoffLint.Build as well.</remarks>
internal static class RuleInputFiles
{
    /// <summary>The folder whose presence says Claude Code is used here (HL0041 asks for hooks only then).</summary>
    public const string ClaudeFolder = ".claude";

    /// <summary>The Claude Code settings a team commits (HL0041, HL0042).</summary>
    public const string ClaudeSharedSettings = ".claude/settings.json";

    /// <summary>The personal Claude Code settings, usually ignored by git; their hooks run too (HL0041, HL0042).</summary>
    public const string ClaudeLocalSettings = ".claude/settings.local.json";

    /// <summary>
    /// The files agents read as project instructions (HL0040), in the order they are reported: Claude Code, Codex and Cursor
    /// (AGENTS.md), Gemini CLI. Files they <c>@import</c> are read as well, but cannot be listed ahead.
    /// </summary>
    public static readonly string[] AgentInstructions = { "CLAUDE.md", ".claude/CLAUDE.md", "AGENTS.md", "GEMINI.md" };

    /// <summary>The Claude Code settings files, shared first.</summary>
    public static readonly string[] ClaudeSettings = { ClaudeSharedSettings, ClaudeLocalSettings };

    /// <summary>
    /// The local tool manifests <c>dotnet tool run</c> reads, in the order it looks in each folder, from the repository root
    /// upwards (HL0041 asks whether a hook's <c>dotnet tool run handofflint</c> resolves).
    /// </summary>
    public static readonly string[] ToolManifests = { ".config/dotnet-tools.json", "dotnet-tools.json" };

    /// <summary>The files read at the repository root and in every folder above it, relative to each folder.</summary>
    public static IEnumerable<string> FilesAtRootAndAbove => ToolManifests;

    /// <summary>Every file read at the repository root only, relative to it, '/'-separated.</summary>
    public static IEnumerable<string> Files
    {
        get
        {
            foreach (var file in AgentInstructions) yield return file;
            foreach (var file in ClaudeSettings) yield return file;
        }
    }

    /// <summary>Every folder whose mere presence changes a rule's finding, relative to the repository root.</summary>
    public static IEnumerable<string> Folders
    {
        get { yield return ClaudeFolder; }
    }
}
