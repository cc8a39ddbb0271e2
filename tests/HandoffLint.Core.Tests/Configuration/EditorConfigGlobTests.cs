using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Tests.Support;

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
    [InlineData("note{-1..1}.md", "note0.md", true)]
    [InlineData("note{-1..1}.md", "note-0.md", false)]
    [InlineData("note{-1..1}.md", "note01.md", false)]
    [InlineData("{single}.md", "{single}.md", true)]
    [InlineData("a\\*b.md", "a*b.md", true)]
    [InlineData("a\\*b.md", "axb.md", false)]
    [InlineData("*.md", "docs/\U0001F600.md", true)]
    [InlineData("?.md", "\U0001F600.md", true)]
    [InlineData("*.{md", "x.{md", true)]
    public void Glob_matches_as_the_spec_says(string glob, string path, bool expected)
    {
        var compiled = EditorConfigGlob.TryCreate(glob);

        compiled.ShouldNotBeNull();
        compiled.IsMatch(path).ShouldBe(expected);
    }

    [Fact]
    public void Every_official_editorconfig_glob_test_case_passes()
    {
        var file = Path.Combine(TestPaths.RepositoryRoot, "tests", "HandoffLint.Core.Tests", "Configuration", "EditorConfigGlobCases.tsv");
        var cases = File.ReadAllLines(file).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();

        var failures = new List<string>();
        foreach (var row in cases)
        {
            var (test, glob, path, expected) = (row[0], row[1], row[2], row[3] == "match");
            var compiled = EditorConfigGlob.TryCreate(glob, out var problem);
            if (compiled is null) failures.Add($"{test}: [{glob}] does not compile: {problem}");
            else if (compiled.IsMatch(path) != expected) failures.Add($"{test}: [{glob}] against '{path}' should {(expected ? string.Empty : "not ")}match");
        }

        cases.Count.ShouldBeGreaterThan(1_500);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void A_section_name_of_the_specs_minimum_length_compiles()
    {
        var glob = "{test3," + new string('a', 1024) + "}";

        var compiled = EditorConfigGlob.TryCreate(glob);

        compiled.ShouldNotBeNull();
        compiled.IsMatch("test3").ShouldBeTrue();
    }

    [Theory]
    [InlineData("{*,*}", 16, "x", "a/b/c/SESSION-HANDOFF.md")] // Exponential in a backtracking engine: more than 20 s before.
    [InlineData("*a", 40, "b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("**a", 40, "b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/aaaaaaaaa")]
    [InlineData("**?", 40, "b", "docs/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("{a,a}", 200, "b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Hostile_globs_cost_work_linear_in_glob_times_path(string unit, int repeat, string tail, string path)
    {
        var glob = string.Concat(Enumerable.Repeat(unit, repeat)) + tail;

        var compiled = EditorConfigGlob.TryCreate(glob);

        compiled.ShouldNotBeNull();
        compiled.IsMatch(path, out var states, out var steps).ShouldBeFalse();
        // Each state has at most a few transitions, and each is tried at most once per character of the path.
        steps.ShouldBeLessThanOrEqualTo(4L * states * (path.Length + 2));
        states.ShouldBeLessThanOrEqualTo(8 * (glob.Length + 4));
    }

    [Theory]
    [InlineData("x{1..99999999999}.md", "numeric ranges have ends from -2147483648 to 2147483647")]
    [InlineData("{1..2147483648}", "numeric ranges have ends from -2147483648 to 2147483647")]
    [InlineData("}{a,b", "brace groups each close")]
    [InlineData("[z-a].md", "character ranges run upwards")]
    public void Globs_that_cannot_mean_anything_are_refused_with_a_reason(string glob, string reason)
    {
        EditorConfigGlob.TryCreate(glob, out var problem).ShouldBeNull();

        problem.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void Numeric_ranges_at_the_ends_of_int32_compile_and_match()
    {
        var compiled = EditorConfigGlob.TryCreate("{-2147483648..2147483647}").ShouldNotBeNull();

        compiled.IsMatch("-2147483648").ShouldBeTrue();
        compiled.IsMatch("2147483647").ShouldBeTrue();
        compiled.IsMatch("2147483648").ShouldBeFalse();
        compiled.IsMatch("-2147483649").ShouldBeFalse();
        compiled.IsMatch("0").ShouldBeTrue();
    }

    [Fact]
    public void Numeric_ranges_match_exactly_the_integers_between_their_ends()
    {
        var random = new Random(13);
        for (var round = 0; round < 300; round++)
        {
            var a = random.Next(-1200, 1200);
            var b = random.Next(-1200, 1200);
            var compiled = EditorConfigGlob.TryCreate($"{{{a}..{b}}}").ShouldNotBeNull();
            for (var n = -1300; n <= 1300; n += 1 + random.Next(7))
            {
                var inside = n >= Math.Min(a, b) && n <= Math.Max(a, b);
                compiled.IsMatch(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(inside, $"{{{a}..{b}}} against {n}");
            }

            compiled.IsMatch("0" + Math.Max(a, b)).ShouldBeFalse("a leading zero is not how a number is written");
        }
    }

    [Theory]
    [InlineData(33, false)]
    [InlineData(32, true)]
    [InlineData(50_000, false)] // Recursion this deep overflowed the stack before.
    public void Brace_nesting_is_bounded(int depth, bool compiles)
    {
        var glob = string.Concat(Enumerable.Repeat("{a,", depth)) + "x" + new string('}', depth);

        var compiled = EditorConfigGlob.TryCreate(glob, out var problem);

        (compiled is not null).ShouldBe(compiles, problem);
        if (!compiles) problem.ShouldNotBeNull().ShouldContain(depth > EditorConfigGlob.MaxPatternLength ? "at most 4096 characters" : "nest at most 32 deep");
    }

    [Fact]
    public void Braces_without_commas_are_text_however_deeply_they_nest()
    {
        var glob = new string('{', 40) + "x" + new string('}', 40);

        EditorConfigGlob.TryCreate(glob).ShouldNotBeNull().IsMatch(glob).ShouldBeTrue();
    }

    [Fact]
    public void Globs_longer_than_the_bound_are_refused()
    {
        EditorConfigGlob.TryCreate(new string('a', EditorConfigGlob.MaxPatternLength + 1), out var problem).ShouldBeNull();

        problem.ShouldNotBeNull().ShouldContain("at most 4096 characters");
    }

    [Fact]
    public void More_numeric_ranges_than_the_bound_are_refused()
    {
        var glob = string.Concat(Enumerable.Repeat("{1..9}", EditorConfigGlob.MaxNumericRanges + 1));

        EditorConfigGlob.TryCreate(glob, out var problem).ShouldBeNull();

        problem.ShouldNotBeNull().ShouldContain("at most 16 numeric ranges");
    }
}
