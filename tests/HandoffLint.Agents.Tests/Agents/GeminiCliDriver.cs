using System.Collections.Generic;
using System.IO;
using HandoffLint.Agents.Tests.Harness;

namespace HandoffLint.Agents.Tests.Agents;

/// <summary>
/// Gemini CLI, headless (<c>gemini -p</c>): the model is <c>GOOGLE_GEMINI_BASE_URL</c> with an API key; auto-update, usage
/// statistics and telemetry are off in the user's <c>~/.gemini/settings.json</c>; tools run without prompts (<c>--yolo</c>).
/// </summary>
internal sealed class GeminiCliDriver : AgentDriver
{
    public override string Name => "gemini";

    public override string Package => "@google/gemini-cli";

    /// <summary>Whether the user has trusted the project folder (what Gemini CLI asks on first use).</summary>
    public bool TrustFolder { get; set; } = true;

    public override void Configure(AgentWorkspace workspace)
    {
        var folder = Path.Combine(workspace.Home, ".gemini");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "settings.json"), """
            {
              "security": { "auth": { "selectedType": "gemini-api-key" } },
              "general": { "enableAutoUpdate": false, "enableAutoUpdateNotification": false },
              "privacy": { "usageStatisticsEnabled": false },
              "telemetry": { "enabled": false },
              "ide": { "enabled": false }
            }
            """);
        if (TrustFolder)
        {
            File.WriteAllText(Path.Combine(folder, "trustedFolders.json"), $$"""{ "{{workspace.Repository}}": "TRUST_FOLDER" }""");
        }
    }

    public override IReadOnlyList<string> Command(AgentWorkspace workspace, string prompt, string? resumeSession)
    {
        var command = new List<string> { "gemini", "-p", prompt, "--output-format", "stream-json", "--yolo" };
        if (resumeSession is not null) command.AddRange(new[] { "--resume", resumeSession });
        return command;
    }

    public override IReadOnlyDictionary<string, string> Environment(AgentWorkspace workspace) => new Dictionary<string, string>
    {
        ["GEMINI_API_KEY"] = "conformance-suite-key",
        ["GOOGLE_GEMINI_BASE_URL"] = LoopbackSandbox.ModelAddress,
        ["GEMINI_TELEMETRY_ENABLED"] = "false",
        ["GEMINI_CLI_NO_RELAUNCH"] = "true",
    };
}
