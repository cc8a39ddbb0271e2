using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Diagnostics;
using HandoffLint.Rules;

namespace HandoffLint.Tests;

/// <summary>
/// Keeps <c>rules/</c> true to the rules themselves: one page per descriptor and no page without one, titles, severities
/// and categories as the descriptors say, help links that reach their pages, the index table of <c>rules/README.md</c>,
/// and the examples on the pages (a failing example prints exactly the lines its page shows; a passing example prints
/// nothing; every <c>.editorconfig</c> snippet is valid).
/// With <c>HANDOFFLINT_UPDATE_DOCS=1</c> the index test rewrites the table instead of failing: one test, no separate generator.
/// </summary>
public sealed class RuleDocumentationTests
{
    /// <summary>The day every example on the pages is judged on; the pages say so where a date matters.</summary>
    public static readonly DateTimeOffset ExampleDay = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private const string NotePath = "docs/SESSION-HANDOFF.md";
    private const string IndexHeader = "| ID | Title | Category | Default severity |";
    private const string IndexSeparator = "| --- | --- | --- | --- |";
    private const string UpdateVariable = "HANDOFFLINT_UPDATE_DOCS";

    private static readonly string[] PageSections = { "Why it matters", "Failing example", "Passing example", "How to fix", "Configure or suppress" };

    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private static string RulesFolder => Path.Combine(RepositoryRoot, "rules");

    public static TheoryData<string> DescriptorIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in RuleRegistry.Descriptors) data.Add(descriptor.Id);
        return data;
    }

    /// <summary>Rules that judge the note's text alone, so that their examples can be linted as they stand on the page.</summary>
    public static TheoryData<string> NoteTextRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleRegistry.Rules.Where(IsJudgedOnTextAlone)) data.Add(rule.Descriptor.Id);
        return data;
    }

    [Fact]
    public void Every_descriptor_has_a_page()
    {
        RuleRegistry.Descriptors
            .Select(d => d.Id)
            .Where(id => !File.Exists(PagePath(id)))
            .ShouldBeEmpty($"descriptors without a page under {RulesFolder}");
    }

    [Fact]
    public void Every_page_has_a_descriptor()
    {
        Directory.GetFiles(RulesFolder, "HL*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => RuleRegistry.Descriptors.All(d => !string.Equals(d.Id, id, StringComparison.Ordinal)))
            .ShouldBeEmpty("pages whose ID no descriptor has (a retired rule keeps its descriptor; a typo in a file name does not)");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Page_header_matches_the_descriptor(string id)
    {
        var descriptor = RuleRegistry.Find(id)!;
        var page = RulePage.Load(PagePath(id));

        page.Lines[0].ShouldBe($"# {descriptor.Id} - {descriptor.Title}", "the first line carries the descriptor's title");
        page.Header.Where(l => l.StartsWith("- Severity:", StringComparison.Ordinal))
            .ShouldBe(new[] { "- Severity: " + descriptor.DefaultSeverity.ToText() }, "the default severity, lower-case, once, before the first section");
        page.Header.Where(l => l.StartsWith("- Category:", StringComparison.Ordinal))
            .ShouldBe(new[] { "- Category: " + descriptor.Category }, "the category, once, before the first section");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Page_has_the_five_sections_in_order(string id)
    {
        var page = RulePage.Load(PagePath(id));

        page.SectionNames.Where(PageSections.Contains).ShouldBe(PageSections, $"## sections of {id}.md");
        foreach (var name in PageSections) page.SectionText(name).Trim().ShouldNotBeEmpty($"'## {name}' of {id}.md is empty");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Help_link_points_at_the_page(string id)
    {
        var descriptor = RuleRegistry.Find(id)!;

        descriptor.HelpLinkUri.ShouldEndWith($"rules/{id}.md");
        File.Exists(PagePath(id)).ShouldBeTrue($"{descriptor.HelpLinkUri} points at a page that does not exist");
    }

    // The rule index stands twice: in rules/README.md (links beside the pages) and in the repository README.
    [Theory]
    [InlineData("rules/README.md", "")]
    [InlineData("README.md", "rules/")]
    public void Index_lists_every_descriptor(string indexFile, string linkPrefix)
    {
        var readme = Path.Combine(RepositoryRoot, indexFile);
        var text = File.ReadAllText(readme);
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var lines = text.Replace("\r\n", "\n").Split('\n').ToList();
        var expected = RuleRegistry.Descriptors.Select(d => IndexRow(d, linkPrefix)).ToList();

        var header = lines.IndexOf(IndexHeader);
        var rowsStart = header + 2;
        var rowsEnd = rowsStart;
        while (header >= 0 && rowsEnd < lines.Count && lines[rowsEnd].StartsWith("|", StringComparison.Ordinal)) rowsEnd++;
        var actual = header < 0 ? new List<string>() : lines.Skip(rowsStart).Take(rowsEnd - rowsStart).ToList();
        if (header >= 0 && actual.SequenceEqual(expected) && lines[header + 1] == IndexSeparator) return;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var table = new[] { IndexHeader, IndexSeparator }.Concat(expected).ToList();
            if (header < 0)
            {
                if (lines.Count > 0 && lines[lines.Count - 1].Length == 0) lines.RemoveAt(lines.Count - 1);
                lines.AddRange(new[] { string.Empty }.Concat(table).Concat(new[] { string.Empty }));
            }
            else
            {
                lines.RemoveRange(header, rowsEnd - header);
                lines.InsertRange(header, table);
            }

            WriteAtomically(readme, string.Join(newLine, lines));
            return;
        }

        header.ShouldBeGreaterThanOrEqualTo(0, $"{readme} has no index table starting '{IndexHeader}'. Run this test with {UpdateVariable}=1 to write it.");
        actual.ShouldBe(expected, $"The index table of {readme} is out of date. Run this test with {UpdateVariable}=1 to rewrite it.");
        lines[header + 1].ShouldBe(IndexSeparator);
    }

    [Theory]
    [MemberData(nameof(NoteTextRuleIds))]
    public void Failing_example_prints_exactly_the_lines_on_its_page(string id)
    {
        var page = RulePage.Load(PagePath(id));
        var blocks = page.Blocks("Failing example");
        var note = blocks.FirstOrDefault(b => b.Info == "markdown")
            ?? throw new InvalidOperationException($"'## Failing example' of {id}.md needs a ```markdown block holding the note");
        var stated = blocks.SkipWhile(b => b != note).FirstOrDefault(b => b.Info == "text")
            ?? throw new InvalidOperationException($"'## Failing example' of {id}.md needs a ```text block, after the note, with the lines HandoffLint prints");
        var editorConfig = blocks.FirstOrDefault(b => b.Info == "ini")?.Text;

        var printed = LintExample(note.Text, editorConfig);

        printed.ShouldBe(NonEmptyLines(stated.Text), $"What HandoffLint prints for the failing example of {id}.md, judged on {ExampleDay:yyyy-MM-dd}");
        printed.ShouldContain(l => l.Contains(" " + id + ": ", StringComparison.Ordinal), $"the failing example of {id}.md does not trigger {id}");
    }

    [Theory]
    [MemberData(nameof(NoteTextRuleIds))]
    public void Passing_example_prints_nothing(string id)
    {
        var page = RulePage.Load(PagePath(id));
        var passing = page.Blocks("Passing example");
        var note = passing.FirstOrDefault(b => b.Info == "markdown")
            ?? throw new InvalidOperationException($"'## Passing example' of {id}.md needs a ```markdown block holding the note");
        // A passing example is judged with the failing example's .editorconfig unless it brings its own.
        var editorConfig = (passing.FirstOrDefault(b => b.Info == "ini") ?? page.Blocks("Failing example").FirstOrDefault(b => b.Info == "ini"))?.Text;

        LintExample(note.Text, editorConfig).ShouldBeEmpty($"the passing example of {id}.md, judged on {ExampleDay:yyyy-MM-dd}");
    }

    [Fact]
    public void Every_editorconfig_snippet_is_valid()
    {
        var invalid = new List<string>();
        foreach (var path in Directory.GetFiles(RulesFolder, "*.md").OrderBy(p => p, StringComparer.Ordinal))
        {
            var page = RulePage.Load(path);
            foreach (var (section, block) in page.AllBlocks.Where(b => b.Block.Info == "ini"))
            {
                // HL0022's failing example is invalid on purpose; its own test checks what it prints.
                if (Path.GetFileName(path) == RuleIds.InvalidConfiguration + ".md" && section == "Failing example") continue;
                var (diagnostics, _) = ApplyEditorConfig(block.Text);
                invalid.AddRange(diagnostics.Select(d => $"{Path.GetFileName(path)} ({section}): {d.Message}"));
            }
        }

        invalid.ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_configuration_page_shows_the_real_diagnostic()
    {
        var blocks = RulePage.Load(PagePath(RuleIds.InvalidConfiguration)).Blocks("Failing example");
        var editorConfig = blocks.First(b => b.Info == "ini");
        var stated = blocks.First(b => b.Info == "text");

        var (diagnostics, root) = ApplyEditorConfig(editorConfig.Text);

        diagnostics.Select(d => d.ToString(Path.GetRelativePath(root, d.Location.Path).Replace('\\', '/')))
            .ShouldBe(NonEmptyLines(stated.Text));
    }

    private static bool IsJudgedOnTextAlone(HandoffRule rule) =>
        rule.Scope == RuleScope.Document
        && rule.Descriptor.Category != RuleCategories.Git
        && rule.Descriptor.Category != RuleCategories.Protocol;

    private static string IndexRow(DiagnosticDescriptor d, string linkPrefix) =>
        $"| [{d.Id}]({linkPrefix}{d.Id}.md) | {d.Title.Replace("|", "\\|")} | {d.Category} | {d.DefaultSeverity.ToText()} |";

    private static string PagePath(string id) => Path.Combine(RulesFolder, id + ".md");

    private static List<string> NonEmptyLines(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Where(l => l.Trim().Length > 0).ToList();

    /// <summary>Lints an example note as a repository holding it (and the example's .editorconfig) would, on <see cref="ExampleDay"/>.</summary>
    private static List<string> LintExample(string note, string? editorConfig)
    {
        var root = CreateExampleRepository(editorConfig);
        try
        {
            var request = new LintRequest(Path.Combine(root, "docs", "SESSION-HANDOFF.md")) { Text = note, DisplayPath = NotePath, RepositoryRoot = string.Empty };
            var result = new HandoffLinter(new FixedClock(ExampleDay)).Lint(request);
            return result.Diagnostics.Select(d => d.ToString(d.Location.Path == NotePath ? NotePath : Path.GetRelativePath(root, d.Location.Path))).ToList();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, string Root) ApplyEditorConfig(string editorConfig)
    {
        var root = CreateExampleRepository(editorConfig);
        try
        {
            var (_, diagnostics) = EditorConfigOptionsReader.Apply(Path.Combine(root, "docs", "SESSION-HANDOFF.md"), new HandoffLintOptions());
            return (diagnostics, root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>A temporary folder with <c>docs/</c> and the example's <c>.editorconfig</c>, made the root so nothing above it leaks in.</summary>
    private static string CreateExampleRepository(string? editorConfig)
    {
        var root = Path.Combine(Path.GetTempPath(), "handofflint-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        var text = editorConfig ?? string.Empty;
        if (!text.TrimStart().StartsWith("root", StringComparison.OrdinalIgnoreCase)) text = "root = true\n" + text;
        File.WriteAllText(Path.Combine(root, ".editorconfig"), text);
        return root;
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// The folder holding HandoffLint.sln. Build output normally sits under it, but HANDOFFLINT_ARTIFACTS can move it
    /// anywhere, so the repository root recorded at build time and this source file's own path are tried next.
    /// </summary>
    private static string FindRepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        var starts = new[]
        {
            AppContext.BaseDirectory,
            typeof(RuleDocumentationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value,
            Path.GetDirectoryName(sourceFile),
        };
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s) && Directory.Exists(s)))
        {
            for (var folder = new DirectoryInfo(start!); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "HandoffLint.sln"))) return folder.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding HandoffLint.sln above " + string.Join(", ", starts.Where(s => s is not null)));
    }

    /// <summary>A rule page split into its header, its <c>##</c> sections and their fenced code blocks.</summary>
    private sealed class RulePage
    {
        private readonly List<(string Name, List<string> Lines, List<FencedBlock> Blocks)> _sections = new();

        private RulePage(string[] lines) => Lines = lines;

        public string[] Lines { get; }

        /// <summary>The lines before the first <c>##</c> section.</summary>
        public List<string> Header { get; } = new();

        public IEnumerable<string> SectionNames => _sections.Select(s => s.Name);

        public IEnumerable<(string Section, FencedBlock Block)> AllBlocks => _sections.SelectMany(s => s.Blocks.Select(b => (s.Name, b)));

        public static RulePage Load(string path)
        {
            File.Exists(path).ShouldBeTrue($"{path} does not exist");
            var page = new RulePage(File.ReadAllText(path).Replace("\r\n", "\n").Split('\n'));
            page.Split();
            return page;
        }

        public List<FencedBlock> Blocks(string section) => _sections.FirstOrDefault(s => s.Name == section).Blocks ?? new List<FencedBlock>();

        public string SectionText(string section) => string.Join("\n", _sections.FirstOrDefault(s => s.Name == section).Lines ?? new List<string>());

        private void Split()
        {
            List<string> current = Header;
            List<FencedBlock>? blocks = null;
            string? fence = null;
            string info = string.Empty;
            var body = new StringBuilder();
            foreach (var line in Lines)
            {
                var trimmed = line.TrimStart();
                if (fence is not null)
                {
                    // Fences close on a line of the same marker, at least as long, and nothing else.
                    if (trimmed.TrimEnd().Length >= fence.Length && trimmed.TrimEnd().All(c => c == fence[0]))
                    {
                        blocks?.Add(new FencedBlock(info, body.ToString()));
                        fence = null;
                        body.Clear();
                    }
                    else
                    {
                        body.Append(line).Append('\n');
                    }

                    current.Add(line);
                    continue;
                }

                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    fence = new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count());
                    info = trimmed.Substring(fence.Length).Trim();
                    current.Add(line);
                    continue;
                }

                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    current = new List<string>();
                    blocks = new List<FencedBlock>();
                    _sections.Add((line.Substring(3).Trim(), current, blocks));
                    continue;
                }

                current.Add(line);
            }
        }
    }

    private sealed record FencedBlock(string Info, string Text);
}
