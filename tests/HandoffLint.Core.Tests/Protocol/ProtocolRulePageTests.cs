using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests.Protocol;

/// <summary>
/// The protocol rules judge files beside the note (CLAUDE.md, .claude/settings.json), so the page examples are checked here:
/// the first example file of "Failing example" makes HandoffLint print exactly the first ```text block under it (that
/// rule's lines), and every example file of "Passing example" makes it print nothing for the rule.
/// </summary>
public sealed class ProtocolRulePageTests
{
    public static TheoryData<string, string> Pages() => new()
    {
        { RuleIds.ProtocolNotMandated, "CLAUDE.md" },
        { RuleIds.HooksNotWired, ".claude/settings.json" },
        { RuleIds.ReminderNeverReachesAgent, ".claude/settings.json" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Failing_example_prints_the_lines_on_its_page(string id, string file)
    {
        var blocks = Blocks(id, "Failing example");
        var example = blocks.First(b => b.Info is "markdown" or "json");
        var stated = blocks.SkipWhile(b => b != example).First(b => b.Info == "text");

        Lint(id, file, example.Text).ShouldBe(stated.Text.Split('\n').Where(l => l.Trim().Length > 0), $"the failing example of {id}.md");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Passing_examples_print_nothing_for_the_rule(string id, string file)
    {
        var examples = Blocks(id, "Passing example").Where(b => b.Info is "markdown" or "json").ToList();

        examples.ShouldNotBeEmpty();
        foreach (var example in examples) Lint(id, file, example.Text).ShouldBeEmpty($"a passing example of {id}.md:\n{example.Text}");
    }

    private static List<string> Lint(string id, string file, string text)
    {
        using var repository = new ProtocolRepository();
        repository.Write(file, text);
        // The settings examples stand in a repository whose instructions are in order, so only the rule under test speaks.
        if (file != "CLAUDE.md") repository.Write("CLAUDE.md", ProtocolRepository.SeedProtocol);
        return repository.Lint().Where(l => l.Contains(" " + id + ": ", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The fenced blocks of one <c>##</c> section; a heading inside a fence belongs to the fence, not the page.</summary>
    private static List<(string Info, string Text)> Blocks(string id, string section)
    {
        var lines = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", id + ".md")).Replace("\r\n", "\n").Split('\n');
        var blocks = new List<(string Info, string Text)>();
        string? current = null;
        string? info = null;
        var body = new List<string>();
        foreach (var line in lines)
        {
            if (info is not null)
            {
                if (line == "```")
                {
                    if (current == section) blocks.Add((info, string.Join("\n", body) + "\n"));
                    info = null;
                    body.Clear();
                }
                else
                {
                    body.Add(line);
                }
            }
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                info = line.Substring(3).Trim();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = line.Substring(3).Trim();
            }
        }

        blocks.ShouldNotBeEmpty($"{id}.md has no fenced blocks under '## {section}'");
        return blocks;
    }
}
