namespace HandoffLint.Build.Tests.Unit;

public sealed class WarningCodeListTests
{
    [Fact]
    public void Keeps_only_HandoffLint_codes_in_one_spelling_whatever_order_case_and_separators_the_project_used()
    {
        var first = WarningCodeList.Canonical("1701;1702;hl0014, CS0168;HL0007", "NU1605;");
        var second = WarningCodeList.Canonical(" HL0007 ;\n HL0014;HL0014 ");

        first.ShouldBe("HL0007;HL0014");
        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("HL")]
    [InlineData("HL00")]
    [InlineData("HL00071")]
    [InlineData("HLABCD")]
    [InlineData("XHL0007")]
    public void Ignores_what_only_looks_like_a_code(string text)
    {
        WarningCodeList.Canonical(text).ShouldBeEmpty();
    }

    [Fact]
    public void Empty_and_missing_lists_give_an_empty_string()
    {
        WarningCodeList.Canonical(null, string.Empty, ";;").ShouldBeEmpty();
    }
}
