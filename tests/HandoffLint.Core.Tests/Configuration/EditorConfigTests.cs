using System;
using System.IO;
using System.Linq;
using HandoffLint.Diagnostics;
using HandoffLint.Tests.Support;

namespace HandoffLint.Tests.Configuration;

/// <summary>.editorconfig as the linter reads it from disk: one configuration story for the library, build and CLI.</summary>
public sealed class EditorConfigTests : TemporaryFolderTests
{
    private const string MissingDateNote = "# Handoff\n\n## Last Updated\nSession 4\n\n## What's Next\n- [P3] later\n";
    public EditorConfigTests()
        : base("handofflint-editorconfig-")
    {
    }

    [Fact]
    public void Severity_is_configured_per_rule_for_the_notes_path()
    {
        Write(".editorconfig", "root = true\n\n[docs/*.md]\ndotnet_diagnostic.HL0008.severity = error\ndotnet_diagnostic.HL0017.severity = none\n");
        var note = Write("docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        result.Diagnostics.Single(d => d.Id == RuleIds.StampDateMissing).Severity.ShouldBe(DiagnosticSeverity.Error);
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.NextStepPriorityUnknown);
        result.ConfigurationFiles.ShouldBe(new[] { Path.Combine(Root, ".editorconfig") });
    }

    [Fact]
    public void Nearer_files_and_later_sections_win_andRoot_stops_the_search()
    {
        Directory.CreateDirectory(Path.Combine(Root, "repo", "docs"));
        Write(".editorconfig", "[*]\ndotnet_diagnostic.HL0024.severity = none\n"); // Above root = true: never read.
        Write("repo/.editorconfig", "root = true\n[*]\nhandofflint.priority_tags = P0,P1\ndotnet_diagnostic.HL0008.severity = error\n[*.md]\ndotnet_diagnostic.HL0008.severity = suggestion\n");
        Write("repo/docs/.editorconfig", "[SESSION-HANDOFF.md]\nhandofflint.priority_tags = P0,P1,P2,P3\n");
        var note = Write("repo/docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        result.Options.PriorityTags.ShouldBe(new[] { "P0", "P1", "P2", "P3" });
        result.Diagnostics.Single(d => d.Id == RuleIds.StampDateMissing).Severity.ShouldBe(DiagnosticSeverity.Suggestion);
        result.Diagnostics.ShouldContain(d => d.Id == RuleIds.FarFromSchema);
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.NextStepPriorityUnknown);
        result.ConfigurationFiles.Count.ShouldBe(2);
    }

    [Fact]
    public void Invalid_values_are_diagnostics_at_their_file_and_line_and_the_defaults_stay()
    {
        var config = Write(".editorconfig", "root = true\n\n[*.md]\nhandofflint.max_age_days = soon\ndotnet_diagnostic.HL0014.severity = loud\nhandofflint.unknown_key = ignored\nhandofflint.priority_tags = P0,,P0\n");
        var note = Write("docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        var invalid = result.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).ToList();
        invalid.Select(d => (d.Location.Path, d.Location.Line)).ShouldBe(new[] { (config, 4), (config, 5), (config, 7) });
        invalid[0].Message.ShouldBe("'handofflint.max_age_days' must be a whole number of days, 0 or more; Actual: 'soon'. The default stays in force");
        invalid[1].Message.ShouldContain("error, warning, suggestion, none or default");
        result.Options.MaxAgeDays.ShouldBe(14);
        result.Options.PriorityTags.ShouldBe(new[] { "P0", "P1", "P2" });
    }

    [Fact]
    public void Required_sections_and_aliases_are_configurable()
    {
        Write(".editorconfig", "root = true\n[*.md]\nhandofflint.required_sections = Last Updated, What's Next, Port Policy\nhandofflint.section_aliases.whats_next = Todo, Up Next\n");
        var note = Write("docs/SESSION-HANDOFF.md", "## Last Updated\n2026-11-22 (Session 2)\n\n## Up Next\n- [P0] a\n");

        var result = Lint(note);

        result.Diagnostics.Select(d => d.Message).ShouldBe(new[] { "Required section '## Port Policy' is missing; add it after '## Up Next'" });
    }

    [Fact]
    public void Front_end_switches_win_over_editorconfig()
    {
        Write(".editorconfig", "root = true\n[*.md]\nhandofflint.max_age_days = 1\n");
        var note = Write("docs/SESSION-HANDOFF.md", "## Last Updated\n2026-11-01 (Session 2)\n");

        var result = Linter.Lint(new LintRequest(note) { RepositoryRoot = string.Empty, Configure = o => o.MaxAgeDays = 100 });

        result.Options.MaxAgeDays.ShouldBe(100);
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.HandoffStale);
    }

    [Fact]
    public void Configuration_is_found_for_a_note_that_does_not_exist_yet()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.HL0001.severity = error\n");

        var result = Lint(Path.Combine(Root, "docs", "SESSION-HANDOFF.md"));

        result.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_section_whose_glob_cannot_be_compiled_is_HL0022_at_its_line_when_it_holds_HandoffLint_settings()
    {
        // Before: OverflowException, reported as HL9999 by lint and as an internal error (exit 2) by fix.
        var config = Write(".editorconfig", "root = true\n[{1..99999999999}]\nhandofflint.max_age_days = 3\n[{1..99999999999}.cs]\nindent_size = 4\n");

        var result = Lint(Write("docs/SESSION-HANDOFF.md", MissingDateNote));

        var invalid = result.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).ShouldHaveSingleItem();
        invalid.Location.ShouldBe(new SourceLocation(config, 2, 1, 2, 1));
        invalid.Message.ShouldBe("'section name' must be a glob whose numeric ranges have ends from -2147483648 to 2147483647; Actual: '{1..99999999999}'. The default stays in force");
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError);
        result.Options.MaxAgeDays.ShouldBe(14);
    }

    [Theory]
    [InlineData("What's Next, Whats Next", "'What's Next' and 'Whats Next' name the same section")]
    [InlineData("Last Updated, Current State, Last Updated", "'Last Updated' and 'Last Updated' name the same section")]
    public void A_section_required_twice_is_one_HL0022_and_required_once(string value, string why)
    {
        // Before: HL0003 was reported twice, and fix inserted the section twice, creating HL0005.
        var config = Write(".editorconfig", "root = true\n[*.md]\nhandofflint.required_sections = " + value + "\n");

        var result = Lint(Write("docs/SESSION-HANDOFF.md", "# Handoff\n"));

        var invalid = result.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).ShouldHaveSingleItem();
        invalid.Location.ShouldBe(new SourceLocation(config, 3, 1, 3, 1));
        invalid.Message.ShouldContain(why);
        result.Options.RequiredSections.Select(s => s.Key).ShouldBeUnique();
        result.Diagnostics.Where(d => d.Id == RuleIds.RequiredSectionMissing).Select(d => d.Message).ShouldBeUnique();
    }

    [Fact]
    public void An_alias_that_names_another_required_section_is_HL0022()
    {
        Write(".editorconfig", "root = true\n[*.md]\nhandofflint.section_aliases.whats_next = Todo, Current State\n");

        var result = Lint(Write("docs/SESSION-HANDOFF.md", "# Handoff\n"));

        result.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).ShouldHaveSingleItem()
            .Message.ShouldContain("('Current State' names 'Current State')");
    }

    [Fact]
    public void A_hostile_section_costs_no_more_than_any_other()
    {
        // "{*,*}" sixteen times then "x" kept lint busy for more than 20 s with a backtracking matcher.
        Write(".editorconfig", "[" + string.Concat(Enumerable.Repeat("{*,*}", 16)) + "x]\nhandofflint.max_age_days = 3\n[" + new string('{', 5000) + "]\nindent_size = 2\n");
        var note = Write("docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        result.Options.MaxAgeDays.ShouldBe(14);
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InternalError || d.Id == RuleIds.InvalidConfiguration);
    }

    [Fact]
    public void Roslyn_bulk_keys_set_severities_by_rule_then_category_then_all()
    {
        Write(".editorconfig", "root = true\n[*]\ndotnet_analyzer_diagnostic.severity = suggestion\n[*.md]\ndotnet_analyzer_diagnostic.category-freshness.severity = error\ndotnet_diagnostic.HL0017.severity = warning\n");
        var note = Write("docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        result.Diagnostics.Single(d => d.Id == RuleIds.StampDateMissing).Severity.ShouldBe(DiagnosticSeverity.Error);         // its category
        result.Diagnostics.Single(d => d.Id == RuleIds.NextStepPriorityUnknown).Severity.ShouldBe(DiagnosticSeverity.Warning); // its own key
        result.Diagnostics.Where(d => d.Id == RuleIds.RequiredSectionMissing).ShouldAllBe(d => d.Severity == DiagnosticSeverity.Suggestion); // all rules
        result.Diagnostics.ShouldNotContain(d => d.Id == RuleIds.InvalidConfiguration);
    }

    [Fact]
    public void Default_is_a_severity_and_a_rules_own_default_shadows_the_bulk_keys()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_analyzer_diagnostic.severity = none\ndotnet_diagnostic.HL0008.severity = default\ndotnet_analyzer_diagnostic.category-Priorities.severity = default\n");
        var note = Write("docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        result.Diagnostics.Select(d => (d.Id, d.Severity)).Distinct().OrderBy(d => d.Id).ShouldBe(new[]
        {
            (RuleIds.StampDateMissing, DiagnosticSeverity.Warning),
            (RuleIds.NextStepPriorityUnknown, DiagnosticSeverity.Warning),
        });
    }

    [Fact]
    public void An_invalid_bulk_value_is_HL0022_and_the_categories_of_other_analyzers_are_theirs()
    {
        var config = Write(".editorconfig", "root = true\n[*.md]\ndotnet_analyzer_diagnostic.severity = loud\ndotnet_analyzer_diagnostic.category-Performance.severity = loud\n");
        var note = Write("docs/SESSION-HANDOFF.md", MissingDateNote);

        var result = Lint(note);

        var invalid = result.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).ShouldHaveSingleItem();
        invalid.Location.ShouldBe(new SourceLocation(config, 3, 1, 3, 1));
        invalid.Message.ShouldBe("'dotnet_analyzer_diagnostic.severity' must be error, warning, suggestion, none or default; Actual: 'loud'. The default stays in force");
        result.Diagnostics.Single(d => d.Id == RuleIds.StampDateMissing).Severity.ShouldBe(DiagnosticSeverity.Warning);
        HandoffLint.Configuration.EditorConfig.EditorConfigOptionsReader.IsHandoffLintKey("dotnet_analyzer_diagnostic.category-Performance.severity").ShouldBeFalse();
        HandoffLint.Configuration.EditorConfig.EditorConfigOptionsReader.IsHandoffLintKey("dotnet_analyzer_diagnostic.category-Git.severity").ShouldBeTrue();
        HandoffLint.Configuration.EditorConfig.EditorConfigOptionsReader.IsHandoffLintKey("dotnet_analyzer_diagnostic.severity").ShouldBeTrue();
    }
}
