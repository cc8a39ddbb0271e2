using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Tests.Parsing;

/// <summary>
/// Where a diagnostic points is somewhere an editor can show. The fuzz suite once found, among 1.37 million diagnostics, a
/// few dozen with a column past the end of its line's content and one inside a surrogate pair.
/// </summary>
public sealed class LocationTests
{
    // Offsets: "## A" 0-3, CR LF 4-5, U+1F600 as a surrogate pair 6-7, 'x' 8, CR LF 9-10.
    private static readonly HandoffDocument Document = HandoffDocument.Parse(SourceText.From("## A\r\n\uD83D\uDE00x\r\n"), "n.md", new HandoffLintOptions());

    [Fact]
    public void A_location_between_the_halves_of_a_surrogate_pair_takes_the_whole_character()
    {
        Document.LocationOf(7, 7).ShouldBe(new SourceLocation("n.md", 2, 1, 2, 3));
    }

    [Fact]
    public void A_location_inside_a_line_break_is_the_end_of_its_lines_content()
    {
        Document.LocationOf(5, 5).ShouldBe(new SourceLocation("n.md", 1, 5, 1, 5));
        Document.LocationOf(8, 10).ShouldBe(new SourceLocation("n.md", 2, 3, 2, 4));
    }
}
