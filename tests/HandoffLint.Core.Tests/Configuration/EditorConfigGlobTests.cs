using HandoffLint.Configuration.EditorConfig;

namespace HandoffLint.Tests.Configuration;

public sealed class EditorConfigGlobTests
{
    [Theory]
    [InlineData("*", "SESSION-HANDOFF.md", true)]
    [InlineData("*", "docs/SESSION-HANDOFF.md", true)]
    [InlineData("*.md", "docs/SESSION-HANDOFF.md", true)]
    [InlineData("*.md", "docs/notes.txt", false)]
    [InlineData("docs/*.md", "docs/SESSION-HANDOFF.md", true)]
    [InlineData("docs/*.md", "src/docs/SESSION-HANDOFF.md", false)]
    [InlineData("/docs/*.md", "docs/SESSION-HANDOFF.md", true)]
    [InlineData("docs/*", "docs/deep/SESSION-HANDOFF.md", false)]
    [InlineData("docs/**", "docs/deep/SESSION-HANDOFF.md", true)]
    [InlineData("**/SESSION-HANDOFF.md", "SESSION-HANDOFF.md", true)]
    [InlineData("**/SESSION-HANDOFF.md", "a/b/SESSION-HANDOFF.md", true)]
    [InlineData("SESSION-HANDOFF.?d", "docs/SESSION-HANDOFF.md", true)]
    [InlineData("SESSION-HANDOFF.?d", "docs/SESSION-HANDOFF.mdd", false)]
    [InlineData("*.{md,markdown}", "docs/x.markdown", true)]
    [InlineData("*.{md,markdown}", "docs/x.txt", false)]
    [InlineData("{docs,notes}/*.md", "notes/x.md", true)]
    [InlineData("{docs,notes}/*.md", "src/x.md", false)]
    [InlineData("*.{m{d,arkdown},txt}", "x.markdown", true)]
    [InlineData("[Ss]ESSION-*.md", "docs/session-x.md", false)]
    [InlineData("[Ss]ESSION-*.md", "docs/SESSION-x.md", true)]
    [InlineData("[!a-r]*.md", "docs/SESSION.md", true)]
    [InlineData("[!a-r]*.md", "docs/notes.md", false)]
    [InlineData("note{1..3}.md", "note2.md", true)]
    [InlineData("note{1..3}.md", "note4.md", false)]
    [InlineData("note{-1..1}.md", "note-1.md", true)]
    [InlineData("{single}.md", "{single}.md", true)]
    [InlineData("a\\*b.md", "a*b.md", true)]
    [InlineData("a\\*b.md", "axb.md", false)]
    public void Glob_matches_as_the_spec_says(string glob, string path, bool expected)
    {
        var compiled = EditorConfigGlob.TryCreate(glob);

        compiled.ShouldNotBeNull();
        compiled.IsMatch(path).ShouldBe(expected);
    }

    [Fact]
    public void Unclosed_brace_is_a_glob_that_matches_nothing_rather_than_an_error()
    {
        EditorConfigGlob.TryCreate("*.{md").ShouldBeNull();
    }
}
