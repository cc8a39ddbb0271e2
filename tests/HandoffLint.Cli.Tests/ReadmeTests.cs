using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary>The README's main command prints what the README says it prints: the first thing a newcomer runs stays true.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void The_main_command_prints_the_output_shown_in_the_README()
    {
        var readme = File.ReadAllText(Path.Combine(Golden.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        var command = Regex.Match(readme, @"dotnet run --project src/HandoffLint\.Cli -- (?<args>lint [^\n]+)").Groups["args"].Value;
        var shown = Regex.Match(readme, "The first prints[^\n]*\n\n```text\n(?<out>.*?)```", RegexOptions.Singleline).Groups["out"].Value;
        command.ShouldNotBeEmpty("the README's main command");
        shown.ShouldNotBeEmpty("the output the README shows for it");

        var result = CliProcess.Run(Golden.RepositoryRoot, command.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        result.ExitCode.ShouldBe(0, result.StdErr);
        result.StdOut.Replace("\r\n", "\n").Trim().ShouldBe(shown.Trim());
    }
}
