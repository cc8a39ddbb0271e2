using System;
using System.Collections.Generic;
using System.Linq;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Rules;
using HandoffLint.Suppressions;

namespace HandoffLint;

/// <summary>
/// The one entry point every front end calls: resolves the note (<see cref="ResolvedNote"/>: its configuration, repository,
/// text and parse), runs every rule, applies suppressions, and returns diagnostics in a deterministic order. Never throws
/// for bad input.
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
    public LintResult Lint(LintRequest request) => Lint(ResolvedNote.Resolve(request));

    /// <summary>Lints a note already resolved (by <see cref="ResolvedNote.Resolve"/>): nothing is searched, read or parsed again.</summary>
    public LintResult Lint(ResolvedNote note)
    {
        if (note is null) throw new ArgumentNullException(nameof(note));
        var diagnostics = new List<Diagnostic>(note.ConfigurationDiagnostics);
        if (note.Failure is not null)
        {
            // Bad input must never surface as an exception: say what failed, in one diagnostic.
            diagnostics.Add(InternalError(note.DisplayPath, note.Failure));
            return new LintResult(note, Order(diagnostics));
        }

        try
        {
            var found = new List<Diagnostic>();
            Run(new RuleContext(note, _clock, found), found);

            var suppressions = note.Document is null ? SuppressionMap.Empty : SuppressionMap.Read(note.Document.Source);
            diagnostics.AddRange(found.Where(d => !string.Equals(d.Location.Path, note.DisplayPath, StringComparison.Ordinal) || !suppressions.IsSuppressed(d.Id, d.Location)));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(InternalError(note.DisplayPath, e));
        }

        return new LintResult(note, Order(diagnostics));
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
