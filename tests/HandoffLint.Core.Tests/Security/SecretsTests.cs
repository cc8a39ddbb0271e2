using System;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests.Security;

/// <summary>HL0021 on credentials as real notes write them: found, never echoed, and silent on the corpus's placeholders.</summary>
public sealed class SecretsTests
{
    private static readonly HandoffLinter Linter = new(new FixedClock(FixtureTests.Today));

    [Fact]
    public void No_message_repeats_the_secret_it_reports()
    {
        var (text, expected, options) = FixtureTests.Load(Path.Combine(FixtureTests.FixtureFolder, "secrets-real-note-forms.md"));
        var lines = text.Split('\n');

        var findings = Linter.LintText(text, "docs/SESSION-HANDOFF.md", options).Diagnostics.Where(d => d.Id == RuleIds.SecretInHandoff).ToList();

        findings.Count.ShouldBe(expected.Count(e => e.EndsWith(RuleIds.SecretInHandoff, StringComparison.Ordinal)));
        findings.Count.ShouldBeGreaterThan(0);
        foreach (var finding in findings)
        {
            var location = finding.Location;
            var marked = lines[location.Line - 1].Substring(location.Column - 1, location.EndColumn - location.Column);
            // The marked text holds the secret; the message names only its kind (and the variable it was assigned to).
            var secret = marked.Contains('=') || marked.Contains(':') ? marked.Split('=', ':').Last().Trim(' ', '"', '\'') : marked;
            secret.Length.ShouldBeGreaterThanOrEqualTo(6, finding.ToString());
            finding.Message.ShouldNotContain(secret, Case.Sensitive, finding.ToString());
        }
    }

    [Theory]
    [InlineData("DB_PASSWORD=<your password>")]
    [InlineData("export API_KEY=${API_KEY}")]
    [InlineData("TOKEN=$TOKEN")]
    [InlineData("db_password: \"***\"")]
    [InlineData("\"client_secret\": \"xxxxxxxx\"")]
    [InlineData("STRIPE_SECRET=sk_test_...")]
    [InlineData("password: see 1Password")]
    [InlineData("mysql -u root -p")]
    [InlineData("postgres://user:<password>@host/db")]
    [InlineData("The password is `<ask Jane>`.")]
    public void A_placeholder_is_no_secret(string line)
    {
        var note = "## What's Next\n- [P0] Deploy.\n\n" + line + "\n";

        Linter.LintText(note, "docs/SESSION-HANDOFF.md").Diagnostics.ShouldNotContain(d => d.Id == RuleIds.SecretInHandoff);
    }

    [CorpusFact]
    public void On_the_corpus_only_the_one_real_plaintext_password_is_reported()
    {
        var findings = Directory.GetFiles(TestPaths.CorpusFolder, "*.md").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(path => Linter.LintText(File.ReadAllText(path), Path.GetFileName(path)).Diagnostics)
            .Where(d => d.Id == RuleIds.SecretInHandoff)
            .Select(d => $"{d.Location.Path}:{d.Location.Line}")
            .ToList();

        // 015.md line 45 gives a signing certificate's password in backticks, next to the word for password: a real secret,
        // committed. Every other credential word in the corpus stands beside a placeholder, a reference or nothing.
        findings.ShouldBe(new[] { "015.md:45" });
    }
}
