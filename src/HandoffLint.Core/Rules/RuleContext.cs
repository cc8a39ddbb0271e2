using System;
using System.Collections.Generic;
using System.Globalization;
using HandoffLint.Configuration;
using HandoffLint.Diagnostics;
using HandoffLint.Git;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint.Rules;

/// <summary>What one lint gives its rules: the parsed note, the options, today's date, and a place to report.</summary>
internal sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<Type, object> _shared = new();

    internal RuleContext(ResolvedNote note, IClock clock, List<Diagnostic> diagnostics)
    {
        Note = note;
        Clock = clock;
        Today = clock.Now.Date;
        _diagnostics = diagnostics;
    }

    /// <summary>The note as resolved for this lint: place, repository, options, text and git.</summary>
    public ResolvedNote Note { get; }

    /// <summary>The note's path, as it is shown in diagnostics.</summary>
    public string HandoffPath => Note.DisplayPath;

    /// <summary>The note's full path on disk, when it was read from disk.</summary>
    public string? HandoffFullPath => Note.IsTextGiven ? null : Note.FullPath;

    /// <summary>Whether the note was found and read.</summary>
    public HandoffFileState FileState => Note.FileState;

    /// <summary>Why the note could not be read, when <see cref="FileState"/> is <see cref="HandoffFileState.Unreadable"/>.</summary>
    public string? ReadFailure => Note.ReadFailure;

    /// <summary>True when the caller said there is no repository (<see cref="LintRequest.RepositoryRoot"/> empty), rather than none being found.</summary>
    public bool RepositoryDeclaredAbsent => Note.RepositoryDeclaredAbsent;

    /// <summary>The repository root (the folder that holds <c>.git</c>), when known.</summary>
    public string? RepositoryRoot => Note.RepositoryRoot;

    /// <summary>What git knows about the note, asked on first use and shared by every rule of the lint.</summary>
    public GitFacts Git => Note.Git;

    /// <summary>The parsed note, or null when it could not be read.</summary>
    public HandoffDocument? Document => Note.Document;

    /// <summary>The effective options.</summary>
    public HandoffLintOptions Options => Note.Options;

    /// <summary>The clock of this lint.</summary>
    public IClock Clock { get; }

    /// <summary>Today's date by the clock.</summary>
    public DateTime Today { get; }

    /// <summary>
    /// A value computed once per lint and shared by every rule that asks for the same type (for example what git
    /// knows about the note), so that related rules do not repeat expensive work.
    /// </summary>
    public T GetShared<T>(Func<RuleContext, T> create)
        where T : class
    {
        if (_shared.TryGetValue(typeof(T), out var existing)) return (T)existing;
        var created = create(this);
        _shared[typeof(T)] = created;
        return created;
    }

    /// <summary>
    /// Reports a diagnostic at <paramref name="location"/>, formatting the descriptor's message with <paramref name="args"/>;
    /// text quoted from the note is cut to <see cref="TerminalText.MaxExcerpt"/> characters.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        var severity = Options.GetSeverity(descriptor);
        if (severity == DiagnosticSeverity.None) return;
        for (var i = 0; i < args.Length; i++)
        {
            // A long argument found in the note is a quote (a stamp line, a heading, a placeholder); sentences the rules
            // compose are not in the note and keep their length. The search runs only for the rare long argument.
            if (args[i] is string { Length: > TerminalText.MaxExcerpt } text && Document is { } document &&
                document.Source.Text.IndexOf(text, StringComparison.Ordinal) >= 0)
            {
                args[i] = TerminalText.Excerpt(text);
            }
        }

        var message = args.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
        _diagnostics.Add(new Diagnostic(descriptor, severity, location, message));
    }

    /// <summary>Whether a rule's diagnostics would be shown at all; lets costly rules skip work nobody sees.</summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) => Options.GetSeverity(descriptor) != DiagnosticSeverity.None;

    /// <summary>A location for the whole note.</summary>
    public SourceLocation WholeFile => SourceLocation.WholeFile(HandoffPath);
}
