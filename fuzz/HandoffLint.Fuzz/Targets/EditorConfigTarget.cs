using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Diagnostics;
using HandoffLint.Text;

namespace HandoffLint.Fuzz.Targets;

/// <summary>
/// <c>.editorconfig</c> files, hostile ones included: parsing and applying never throw, every glob matches within
/// states x path steps, and every diagnostic prints as one safe line. Duplicate required sections are one HL0022.
/// </summary>
public sealed class EditorConfigTarget : IFuzzTarget
{
    private static readonly string[] Globs =
    {
        "*", "*.md", "docs/*.md", "/docs/SESSION-HANDOFF.md", "**", "{*,*}{*,*}{*,*}{*,*}{*,*}{*,*}{*,*}{*,*}x", "*a*a*a*a*a*a*a*a*a*ab",
        "**a**a**a**a**a**ab", "**?**?**?**?**?", "{1..99999999999}", "{-2147483648..2147483647}", "{{{{{{{{{{a,b}}}}}}}}}}", "[z-a]",
        "}{a,b", "[!/]", "\u202E*.md", "*.{md,markdown}", "{a,{b,{c,{d,{e,{f,{g,{h,{i,{j,{k,{l,{m,{n,{o,{p,{q,{r,{s,{t,{u,{v,{w,{x,{y,{z,{0,{1,{2,{3,{4,{5,6}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}",
    };

    private static readonly string[] Keys =
    {
        "handofflint.max_age_days", "handofflint.max_characters", "handofflint.priority_tags", "handofflint.required_sections",
        "handofflint.section_aliases.whats_next", "handofflint.git_rules", "handofflint.ignored_paths", "dotnet_diagnostic.HL0003.severity",
        "dotnet_diagnostic.hl0016.severity", "indent_size", "root",
    };

    private static readonly string[] Values =
    {
        "14", "-1", "99999999999", "P0,P1,P2", "P0,,P0", "[P0], [P1]", "What's Next, Whats Next", "Last Updated, Last Updated, Current State",
        "Last Updated, What’s Next, Next Steps", "true", "TRUE", "maybe", "none", "error", "warn", "", "docs/**, {1..99999999999}",
        "\u001b[31m", "Last Updated,\u202EKey Decisions",
    };

    public string Name => "editorconfig";

    public Gen<string> Inputs(IReadOnlyList<string> corpus) => Gen.Select(
            Gen.OneOf(Globs).Select(g => "[" + g + "]"),
            Gen.Select(Gen.OneOf(Keys), Gen.OneOf("=", " = ", ":", "=="), Gen.OneOf(Values), (k, eq, v) => k + eq + v).Array[0, 5],
            (header, properties) => header + "\n" + string.Join("\n", properties))
        .Array[0, 6]
        .Select(sections => "root = true\n" + string.Join("\n", sections));

    public IReadOnlyList<string> Check(string input)
    {
        var problems = new List<string>();
        try
        {
            var file = EditorConfigFile.Parse(input, "/repo/.editorconfig");
            foreach (var section in file.Sections.Where(s => s.Matcher is not null))
            {
                foreach (var path in new[] { "docs/SESSION-HANDOFF.md", new string('a', 60) + "/" + new string('a', 60) + ".md", "12" })
                {
                    section.Matcher!.IsMatch(path, out var states, out var steps);
                    if (steps > 4L * states * (path.Length + 2)) problems.Add($"glob-linear: [{section.Glob}] tried {steps} transitions for {states} states");
                }
            }

            var options = new HandoffLintOptions();
            var diagnostics = EditorConfigOptionsReader.Apply(file.Sections.SelectMany(s => s.Properties), options);
            foreach (var d in diagnostics)
            {
                if (!TerminalText.IsSafe(d.Message)) problems.Add($"message-safe: {d.Id} message holds a control, bidi or line-break character");
            }

            var keys = options.RequiredSections.Select(s => s.Key).ToList();
            if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count) problems.Add("required-sections-distinct: a section is required twice: " + string.Join(", ", keys));
        }
        catch (Exception e)
        {
            problems.Add($"no-exception: {e.GetType().Name}: {e.Message}");
        }

        return problems;
    }
}
