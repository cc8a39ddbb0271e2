using System;
using System.IO;
using System.Linq;
using CsCheck;

namespace HandoffLint.Fuzz.Tests;

/// <summary>
/// Every input that once broke a property, replayed against its target: the fixtures under <c>fuzz/regressions/&lt;target&gt;/</c>
/// that the long run saves (minimised) with <c>--save</c>.
/// </summary>
public sealed class RegressionTests
{
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var name in RegressionFixtures.Names(target.Name)) data.Add(target.Name, name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_keeps_every_property(string target, string fixture) =>
        FuzzTargets.Named(target).Check(RegressionFixtures.Load(target, fixture)).ShouldBeEmpty();

    [Fact]
    public void Every_fixture_folder_is_a_target()
    {
        var folders = Directory.GetDirectories(Path.Combine(CorpusMutations.RepositoryRoot, "fuzz", "regressions")).Select(Path.GetFileName);

        folders.ShouldNotBeEmpty();
        folders.ShouldBeSubsetOf(FuzzTargets.All.Select(t => t.Name));
    }

    [Fact]
    public void A_fixture_keeps_every_character_of_its_input()
    {
        // Lone surrogates, controls, byte order marks and CR must survive the text form exactly, or a replay tests another input.
        Gen.String.Sample(s => RegressionFixtures.Decode(RegressionFixtures.Encode(s)) == s, seed: "0000000000001", iter: 5000);
    }
}
