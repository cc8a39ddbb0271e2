using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Diagnostics;
using HandoffLint.IO;
using HandoffLint.Parsing;
using HandoffLint.Rules;
using HandoffLint.Suppressions;
using HandoffLint.Text;

namespace HandoffLint;

/// <summary>
/// The one entry point every front end calls: reads the note, its configuration and its repository, runs every rule,
/// applies suppressions, and returns diagnostics in a deterministic order. Never throws for bad input.
/// </summary>
public sealed class HandoffLinter
{
    private readonly IClock _clock;

    /// <summary>Creates a linter that judges dates by <paramref name="clock"/> (the machine's clock when null).</summary>
    public HandoffLinter(IClock? clock = null) => _clock = clock ?? SystemClock.Instance;

    /// <summary>Every diagnostic HandoffLint can report, ordered by ID.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors => RuleRegistry.Descriptors;

    /// <summary>Lints the note at <paramref name="path"/>, reading <c>.editorconfig</c> around it.</summary>
    public LintResult LintFile(string path, HandoffLintOptions? options = null) =>
        Lint(new LintRequest(path) { Options = options });

    /// <summary>Lints <paramref name="text"/> as if it were the note at <paramref name="virtualPath"/>; reads no files.</summary>
    public LintResult LintText(string text, string virtualPath, HandoffLintOptions? options = null) =>
        Lint(new LintRequest(virtualPath) { Text = text, Options = options, UseEditorConfig = false, RepositoryRoot = string.Empty });

    /// <summary>Lints as <paramref name="request"/> says.</summary>
    public LintResult Lint(LintRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var displayPath = request.DisplayPath ?? request.Path;
        var options = new HandoffLintOptions();
        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<string> configurationFiles = Array.Empty<string>();
        HandoffDocument? document = null;

        try
        {
            if (request.Options is not null) options = request.Options.Clone();
            // Text linted with no configuration and no repository needs no file system at all (and skips its cost).
            var needsFileSystem = request.Text is null || request.UseEditorConfig || request.RepositoryRoot is not { Length: 0 };
            var fullPath = needsFileSystem ? Path.GetFullPath(request.Path) : request.Path;
            if (request.UseEditorConfig)
            {
                var (files, configurationDiagnostics) = EditorConfigOptionsReader.Apply(fullPath, options);
                configurationFiles = files;
                diagnostics.AddRange(configurationDiagnostics);
            }

            request.Configure?.Invoke(options);
            var repositoryRoot = request.RepositoryRoot is null
                ? RepositoryLocator.FindRoot(Path.GetDirectoryName(fullPath) ?? ".")
                : request.RepositoryRoot.Length == 0 ? null : request.RepositoryRoot;

            var (source, state, failure) = request.Text is not null ? (SourceText.From(request.Text), HandoffFileState.Present, null) : Read(fullPath);
            if (source is not null && !HandoffDocument.TryParse(source, displayPath, options, out document, out var parseFailure))
            {
                (state, failure) = (HandoffFileState.Unreadable, parseFailure);
            }

            var found = new List<Diagnostic>();
            var context = new RuleContext(displayPath, repositoryRoot, document, options, _clock, found)
            {
                HandoffFullPath = request.Text is null ? fullPath : null,
                FileState = state,
                ReadFailure = failure,
                RepositoryDeclaredAbsent = request.RepositoryRoot is { Length: 0 },
            };
            Run(context, found);

            var suppressions = document is null ? SuppressionMap.Empty : SuppressionMap.Read(document.Source);
            diagnostics.AddRange(found.Where(d => !string.Equals(d.Location.Path, displayPath, StringComparison.Ordinal) || !suppressions.IsSuppressed(d.Id, d.Location)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Bad input must never surface as an exception: say what failed, in one diagnostic.
            diagnostics.Add(InternalError(displayPath, e));
        }

        return new LintResult(displayPath, Order(diagnostics), document, options, configurationFiles);
    }

    private static void Run(RuleContext context, List<Diagnostic> found)
    {
        foreach (var rule in RuleRegistry.Rules)
        {
            if (rule.Scope == RuleScope.Document && context.Document is null) continue;
            if (!context.IsEnabled(rule.Descriptor)) continue;
            try
            {
                rule.Analyze(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                found.Add(InternalError(context.HandoffPath, e, rule.Descriptor.Id));
            }
        }
    }

    private static (SourceText? Source, HandoffFileState State, string? Failure) Read(string fullPath)
    {
        var content = RegularFile.Read(fullPath);
        if (content.IsMissing) return (null, HandoffFileState.Missing, null);
        if (content.Bytes is null) return (null, HandoffFileState.Unreadable, content.Problem);
        return SourceText.TryDecode(content.Bytes, out var text, out var failure)
            ? (text, HandoffFileState.Present, null)
            : (null, HandoffFileState.Unreadable, failure);
    }

    private static Diagnostic InternalError(string path, Exception e, string? ruleId = null)
    {
        var descriptor = LinterDescriptors.InternalError;
        var what = (ruleId is null ? string.Empty : "rule " + ruleId + " threw ") + e.GetType().Name + ": " + e.Message.Trim().TrimEnd('.').Replace('\n', ' ').Replace("\r", string.Empty);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, SourceLocation.WholeFile(path), string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, what));
    }

    private static IReadOnlyList<Diagnostic> Order(List<Diagnostic> diagnostics) =>
        diagnostics.Count <= 1 ? diagnostics.ToArray() : diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray(); // OrderBy is stable: one rule's findings at one place keep the order the rule gave them (schema order).
}

/// <summary>Whether the note could be read.</summary>
public enum HandoffFileState
{
    /// <summary>Read and parsed.</summary>
    Present,

    /// <summary>Nothing at the path.</summary>
    Missing,

    /// <summary>Something is there but could not be read as UTF-8 text.</summary>
    Unreadable,
}
