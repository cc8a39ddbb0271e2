using System.IO;
using HandoffLint.Build.Tests.Support;
using HandoffLint.Tests.Support;

namespace HandoffLint.Build.Tests;

/// <summary>
/// A real <c>dotnet build</c> with a FIFO, a link to /dev/zero, a folder or a dangling link where the note or
/// <c>.editorconfig</c> should be: one warning, the build goes on; never a hung build, never "Out of memory".
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class NotAFileTests
{
    private readonly PackageFixture _package;

    public NotAFileTests(PackageFixture package) => _package = package;

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void A_note_that_is_not_a_file_is_one_HL0002_warning(string kind)
    {
        var consumer = _package.CreateConsumer("note-" + kind).WriteProject().WriteFile("CLAUDE.md", Notes.ClaudeInstructions).CommitAll();
        NotAFile.Create(kind, consumer.NotePath);

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        var finding = build.Findings.ShouldHaveSingleItem(build.ToString());
        finding.ShouldStartWith($"{consumer.NotePath} : warning HL0002: The handoff note cannot be read: ");
        finding.ShouldContain(NotAFile.Described(kind));
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void An_editorconfig_that_is_not_a_file_is_one_HL0028_warning(string kind)
    {
        var consumer = _package.CreateConsumer("editorconfig-" + kind).WriteProject().WriteNote(Notes.Conforming()).WriteFile("CLAUDE.md", Notes.ClaudeInstructions).CommitAll();
        var config = consumer.PathOf("docs/.editorconfig");
        NotAFile.Create(kind, config);

        var build = consumer.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        var finding = build.Findings.ShouldHaveSingleItem(build.ToString());
        finding.ShouldStartWith($"{config} : warning HL0028: '.editorconfig' cannot be read: ");
        finding.ShouldContain(NotAFile.Described(kind));
    }
}
