using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;

namespace HandoffLint.Tests.Protocol;

/// <summary>
/// A repository folder in the temp directory (a <c>.git</c> folder is all the protocol rules need to know the root) with a
/// note and whatever agent files a test writes; linted the way a front end lints it, git rules off.
/// </summary>
internal sealed class ProtocolRepository : IDisposable
{
    public const string NotePath = "docs/SESSION-HANDOFF.md";

    public const string SeedProtocol = "## Session Protocol (MANDATORY)\n1. Start: MUST read docs/SESSION-HANDOFF.md\n2. During: note decisions in SESSION-HANDOFF.md\n3. Before end/compaction: MUST update SESSION-HANDOFF.md\n";

    public const string InitSettings = """
        {
          "hooks": {
            "SessionStart": [
              { "matcher": "startup|resume|clear|compact", "hooks": [ { "type": "command", "command": "handofflint hook claude session-start" } ] }
            ],
            "Stop": [
              { "hooks": [ { "type": "command", "command": "handofflint hook claude stop" } ] }
            ]
          }
        }
        """;

    public ProtocolRepository(bool withNote = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "handofflint-protocol-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        Directory.CreateDirectory(Path.Combine(Root, "docs"));
        if (withNote) Write(NotePath, "# Session Handoff\n");
    }

    public string Root { get; }

    public ProtocolRepository Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>The protocol findings (HL004x) as MSBuild prints them, paths relative to the root.</summary>
    public List<string> Lint(string? repositoryRoot = null, string notePath = NotePath)
    {
        var result = new HandoffLinter(new FixedClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero))).Lint(
            new LintRequest(Path.Combine(Root, notePath))
            {
                DisplayPath = notePath,
                RepositoryRoot = repositoryRoot ?? Root,
                UseEditorConfig = false,
                Configure = o => o.GitRulesEnabled = false,
            });
        return result.Diagnostics
            .Where(d => d.Descriptor.Category == RuleCategories.Protocol)
            .Select(d => d.ToString())
            .ToList();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
