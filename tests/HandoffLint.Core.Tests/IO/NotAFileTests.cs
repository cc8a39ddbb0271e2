using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using HandoffLint.Diagnostics;
using HandoffLint.IO;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests.IO;

/// <summary>
/// The note, <c>.editorconfig</c> and the agent files read only when they are regular files: a FIFO hung lint and the
/// hooks until killed, and a link to /dev/zero aborted them with "Out of memory" (exit 134).
/// </summary>
public sealed class NotAFileTests : TemporaryFolderTests
{
    private const string Note = "## Last Updated\n2026-11-22 (Session 2)\n\n## Current State\nGood.\n\n## What Was Done This Session\n- a\n\n" +
        "## What Failed\n- b\n\n## What's Next\n- [P0] c\n\n## Key Decisions\n- d\n";
    public NotAFileTests()
        : base("handofflint-notafile-")
    {
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void A_note_that_is_not_a_file_is_one_HL0002(string kind)
    {
        var note = Path.Combine(Root, "docs", "SESSION-HANDOFF.md");
        NotAFile.Create(kind, note);

        var result = NotAFile.Bounded(() => Lint(note), NotAFile.FifosAmong(kind, note));

        var unreadable = result.Diagnostics.ShouldHaveSingleItem();
        unreadable.Id.ShouldBe(RuleIds.HandoffUnreadable);
        unreadable.Message.ShouldContain(NotAFile.Described(kind));
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void An_editorconfig_that_is_not_a_file_is_one_HL0028_and_the_note_is_still_linted(string kind)
    {
        var config = Path.Combine(Root, "docs", ".editorconfig");
        NotAFile.Create(kind, config);
        File.WriteAllText(Path.Combine(Root, ".editorconfig"), "root = true\n[*.md]\nhandofflint.max_age_days = 30\n");
        var note = Write("docs/SESSION-HANDOFF.md", Note);

        var result = NotAFile.Bounded(() => Lint(note), NotAFile.FifosAmong(kind, config));

        var unreadable = result.Diagnostics.ShouldHaveSingleItem();
        (unreadable.Id, unreadable.Location.Path).ShouldBe((RuleIds.FileUnreadable, config));
        unreadable.Message.ShouldStartWith("'.editorconfig' cannot be read: ");
        unreadable.Message.ShouldContain(NotAFile.Described(kind));
        unreadable.Message.ShouldEndWith("; its settings are not in force");
        result.Options.MaxAgeDays.ShouldBe(30, "the readable .editorconfig above still applies");
    }

    [Theory]
    [MemberData(nameof(NotAFile.Kinds), MemberType = typeof(NotAFile))]
    public void Agent_instructions_that_are_not_a_file_are_one_HL0028(string kind)
    {
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        var instructions = Path.Combine(Root, "CLAUDE.md");
        NotAFile.Create(kind, instructions);
        var note = Write("docs/SESSION-HANDOFF.md", Note);

        var result = NotAFile.Bounded(
            () => Linter.Lint(new LintRequest(note) { RepositoryRoot = Root, Configure = o => o.GitRulesEnabled = false }),
            NotAFile.FifosAmong(kind, instructions));

        var unreadable = result.Diagnostics.Where(d => d.Id == RuleIds.FileUnreadable).ShouldHaveSingleItem();
        unreadable.Message.ShouldBe($"'CLAUDE.md' cannot be read: {RegularFile.Describe(RegularFile.KindOf(instructions), instructions)}; the protocol rules judged the repository without it");
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError);
    }

    [Fact]
    public void The_HL0028_page_shows_what_is_printed()
    {
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
        NotAFile.Create("fifo", Path.Combine(Root, "docs", ".editorconfig"));
        NotAFile.Create("folder", Path.Combine(Root, "CLAUDE.md"));
        var note = Write("docs/SESSION-HANDOFF.md", Note);

        var printed = Linter.Lint(new LintRequest(note) { RepositoryRoot = Root, DisplayPath = "docs/SESSION-HANDOFF.md", Configure = o => o.GitRulesEnabled = false })
            .Diagnostics.Where(d => d.Id == RuleIds.FileUnreadable)
            .Select(d => d.ToString(Path.GetRelativePath(Root, Path.Combine(Root, d.Location.Path)).Replace('\\', '/')));

        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", RuleIds.FileUnreadable + ".md"));
        foreach (var line in printed) page.ShouldContain("\n" + line + "\n");
        printed.Count().ShouldBe(2);
    }

    [Fact]
    public void The_kind_of_each_thing_is_told_apart()
    {
        var regular = Write("regular.md", "x");
        var fifo = Path.Combine(Root, "fifo");
        NotAFile.Create("fifo", fifo);
        var socketPath = Path.Combine(Root, "socket");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var dangling = Path.Combine(Root, "dangling");
        NotAFile.Create("dangling-link", dangling);

        RegularFile.KindOf(regular).ShouldBe(FileKind.Regular);
        RegularFile.KindOf(fifo).ShouldBe(FileKind.Fifo);
        RegularFile.KindOf(socketPath).ShouldBe(FileKind.Socket);
        RegularFile.KindOf("/dev/zero").ShouldBe(FileKind.CharacterDevice);
        RegularFile.KindOf(Root).ShouldBe(FileKind.Directory);
        RegularFile.KindOf(dangling).ShouldBe(FileKind.BrokenLink);
        RegularFile.KindOf(Path.Combine(Root, "nothing")).ShouldBe(FileKind.Missing);
        RegularFile.Read(dangling).Problem.ShouldBe($"it is a symbolic link to '{Path.Combine(Root, "no-such-file.md")}', which does not exist");
    }

    [Fact]
    public void The_cap_is_enforced_while_reading()
    {
        var file = Write("ten.md", "0123456789");

        RegularFile.Read(file, maxBytes: 10).Bytes.ShouldNotBeNull().Length.ShouldBe(10);
        RegularFile.Read(file, maxBytes: 9).Problem.ShouldBe("it is larger than 9 bytes, the most HandoffLint reads");
    }

    [Fact]
    public void A_note_over_20_MB_is_HL0002_without_being_read()
    {
        var note = Path.Combine(Root, "docs", "SESSION-HANDOFF.md");
        Directory.CreateDirectory(Path.GetDirectoryName(note)!);
        using (var sparse = File.Create(note)) sparse.SetLength(RegularFile.DefaultMaxBytes + 1);

        var unreadable = Lint(note).Diagnostics.ShouldHaveSingleItem();

        unreadable.Message.ShouldBe("The handoff note cannot be read: it is larger than 20 MB, the most HandoffLint reads");
    }

    [Fact]
    public void A_regular_file_that_reports_no_length_is_read_to_its_end()
    {
        // /proc files say they are empty and are not: the length is a hint, the cap is what bounds the read.
        var content = RegularFile.Read("/proc/self/status");

        content.Bytes.ShouldNotBeNull().Length.ShouldBeGreaterThan(0);
    }
}
