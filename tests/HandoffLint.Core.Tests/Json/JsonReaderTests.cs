using System.Linq;
using HandoffLint.Json;

namespace HandoffLint.Tests.Json;

public sealed class JsonReaderTests
{
    [Fact]
    public void Reads_every_kind_of_value_with_its_position()
    {
        var text = "{\n  \"hooks\": {\n    \"Stop\": [ { \"command\": \"handofflint hook claude stop\", \"timeout\": 30 } ]\n  },\n  \"on\": true, \"off\": false, \"nothing\": null, \"n\": -1.5e3\n}";

        var root = JsonReader.Parse(text).ShouldBeOfType<JsonObject>();

        root.Members.Select(m => m.Name).ShouldBe(new[] { "hooks", "on", "off", "nothing", "n" });
        var stop = root["hooks"]!.AsObject()!.Find("Stop")!;
        (stop.Line, stop.Column).ShouldBe((3, 5));
        var command = stop.Value.AsArray()!.Items[0].AsObject()!["command"]!;
        command.AsString().ShouldBe("handofflint hook claude stop");
        (command.Line, command.Column, command.EndLine, command.EndColumn).ShouldBe((3, 28, 3, 58));
        stop.Value.AsArray()!.Items[0].AsObject()!["timeout"].ShouldBeOfType<JsonNumber>().TryGetInt64(out var timeout).ShouldBeTrue();
        timeout.ShouldBe(30);
        root["on"]!.IsTrue.ShouldBeTrue();
        root["off"].ShouldBeOfType<JsonBoolean>().Value.ShouldBeFalse();
        root["nothing"]!.Kind.ShouldBe(JsonValueKind.Null);
        root["n"].ShouldBeOfType<JsonNumber>().Value.ShouldBe(-1500d);
        (root.EndLine, root.EndColumn).ShouldBe((6, 2));
    }

    [Theory]
    [InlineData("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "a\"b\\c/d\b\f\n\r\t")]
    [InlineData("\"caf\\u00e9 \\ud83d\\ude00\"", "café 😀")]
    [InlineData("\"plain é 😀\"", "plain é 😀")]
    [InlineData("\"\"", "")]
    public void Unescapes_strings(string json, string expected) => JsonReader.Parse(json).AsString().ShouldBe(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("12.25")]
    [InlineData("1E+2")]
    [InlineData("1e-7")]
    [InlineData("123456789012345678901234567890")]
    public void Keeps_numbers_as_written(string json) => JsonReader.Parse(json).ShouldBeOfType<JsonNumber>().Text.ShouldBe(json);

    [Theory]
    [InlineData("", 1, 1, "the text is empty")]
    [InlineData("   \n  ", 2, 3, "the text is empty")]
    [InlineData("{\"a\": 1,}", 1, 9, "trailing commas")]
    [InlineData("[1, 2,]", 1, 7, "trailing commas")]
    [InlineData("{\n  // comment\n  \"a\": 1\n}", 2, 3, "comments are not JSON")]
    [InlineData("{'a': 1}", 1, 2, "double quotes")]
    [InlineData("{a: 1}", 1, 2, "member name in double quotes")]
    [InlineData("[01]", 1, 3, "leading zero")]
    [InlineData("[1.]", 1, 4, "after the decimal point")]
    [InlineData("[.5]", 1, 2, "Expected: a value")]
    [InlineData("[1e]", 1, 4, "exponent")]
    [InlineData("[+1]", 1, 2, "Expected: a value")]
    [InlineData("\"line\nbreak\"", 1, 6, "line break inside a string")]
    [InlineData("\"tab\there\"", 1, 5, "U+0009")]
    [InlineData("\"open", 1, 6, "not closed")]
    [InlineData("\"bad \\x escape\"", 1, 7, "\\x is not JSON")]
    [InlineData("\"\\u12G4\"", 1, 3, "four hexadecimal digits")]
    [InlineData("\"\\u12\"", 1, 3, "four hexadecimal digits")]
    [InlineData("{\"a\" 1}", 1, 6, "Expected: ':'")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "Expected: ',' or '}'")]
    [InlineData("[1 2]", 1, 4, "Expected: ',' or ']'")]
    [InlineData("{} {}", 1, 4, "after the end of the JSON value")]
    [InlineData("tru", 1, 1, "literals are written true, false and null")]
    [InlineData("nulls", 1, 1, "literals are written true, false and null")]
    [InlineData("True", 1, 1, "Expected: a value")]
    [InlineData("{\"a\": [1, 2", 1, 12, "Expected: ',' or ']'")]
    [InlineData("NaN", 1, 1, "Expected: a value")]
    public void Rejects_what_is_not_json_saying_where_and_why(string json, int line, int column, string reason)
    {
        var error = Should.Throw<JsonReaderException>(() => JsonReader.Parse(json));

        error.Reason.ShouldContain(reason);
        (error.Line, error.Column).ShouldBe((line, column));
        error.Message.ShouldEndWith($"(line {line}, column {column})");
    }

    [Fact]
    public void Counts_lines_across_crlf_and_lone_cr()
    {
        var error = Should.Throw<JsonReaderException>(() => JsonReader.Parse("{\r\n\"a\": 1,\r\r}"));

        (error.Line, error.Column).ShouldBe((4, 1));
    }

    [Fact]
    public void Skips_a_byte_order_mark_and_counts_columns_after_it()
    {
        var root = JsonReader.Parse("\uFEFF{\"a\": 1}").AsObject()!;

        root["a"].ShouldNotBeNull();
        (root.Line, root.Column).ShouldBe((1, 1));
    }

    [Fact]
    public void Keeps_repeated_names_and_reads_the_last_as_javascript_does()
    {
        var root = JsonReader.Parse("{\"a\": 1, \"a\": \"two\"}").AsObject()!;

        root.Members.Count.ShouldBe(2);
        root["a"]!.AsString().ShouldBe("two");
        root["missing"].ShouldBeNull();
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit_without_overflowing_the_stack()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);

        var error = Should.Throw<JsonReaderException>(() => JsonReader.Parse(deep));

        error.Reason.ShouldContain($"nested deeper than {JsonReader.MaxDepth}");
        error.Column.ShouldBe(JsonReader.MaxDepth + 1);
        JsonReader.Parse(new string('[', JsonReader.MaxDepth) + new string(']', JsonReader.MaxDepth)).ShouldBeOfType<JsonArray>();
    }

    [Fact]
    public void TryParse_reports_failure_without_throwing()
    {
        JsonReader.TryParse("{", out var value, out var error).ShouldBeFalse();
        value.ShouldBeNull();
        error!.Line.ShouldBe(1);

        JsonReader.TryParse("[]", out value, out error).ShouldBeTrue();
        value.ShouldBeOfType<JsonArray>().Items.ShouldBeEmpty();
        error.ShouldBeNull();
    }
}
