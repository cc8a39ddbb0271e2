using System.Text.RegularExpressions;
using HandoffLint.Cli.Tests.Support;

namespace HandoffLint.Cli.Tests;

/// <summary><c>--help</c> on every command, with the exit codes, and <c>--version</c>.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData("")]
    [InlineData("lint")]
    [InlineData("fix")]
    [InlineData("init")]
    [InlineData("summary")]
    public void Every_command_has_help_with_its_exit_codes(string command)
    {
        using var folder = new TempFolder();
        var arguments = command.Length == 0 ? new[] { "--help" } : new[] { command, "--help" };

        var result = CliProcess.Run(folder.Path, arguments);

        result.ExitCode.ShouldBe(0, result.ToString());
        result.StdErr.ShouldBeEmpty();
        result.StdOut.ShouldContain("Usage:");
        result.StdOut.ShouldContain("Exit codes:\n  0  ");
        result.StdOut.ShouldContain("\n  2  usage or I/O failure");
    }

    [Fact]
    public void Lint_help_documents_all_three_exit_codes_and_the_formats()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, "lint", "-h");

        result.StdOut.ShouldContain("Exit codes:\n  0  clean or warnings only\n  1  errors (or warnings with --warnaserror, or more than --max-warnings)\n  2  usage or I/O failure\n");
        result.StdOut.ShouldContain("text|json|sarif|github");
        result.StdOut.ShouldContain("--base <ref>");
        result.StdOut.ShouldContain("--working-tree");
        result.StdOut.ShouldContain("-o, --output <file>");
        result.StdOut.ShouldContain("--max-warnings <N>");
        result.StdOut.ShouldContain("--stdin-path <path>");
    }

    [Fact]
    public void Version_prints_the_version()
    {
        using var folder = new TempFolder();

        var result = CliProcess.Run(folder.Path, "--version");

        result.ExitCode.ShouldBe(0);
        result.StdOut.Trim().ShouldMatch(@"^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)*$");
        Regex.IsMatch(CliProcess.Version, @"^\d+\.\d+\.\d+").ShouldBeTrue();
    }
}
