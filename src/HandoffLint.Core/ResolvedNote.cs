using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using HandoffLint.Configuration;
using HandoffLint.Configuration.EditorConfig;
using HandoffLint.Diagnostics;
using HandoffLint.Git;
using HandoffLint.IO;
using HandoffLint.Parsing;
using HandoffLint.Text;

namespace HandoffLint;

/// <summary>
/// A handoff note resolved once, for every front end: where it is and how it is shown, the repository root, the options in
/// force (<c>.editorconfig</c>, then the front end's switches), its bytes, its text and parse, and (asked on first use) what
/// git knows about it. Lint, fix, summary and the agent hooks all start here, so none of them searches, reads or parses
/// twice. Made by <see cref="Resolve"/>; never throws for bad input.
/// </summary>
public sealed class ResolvedNote
{
    private readonly Lazy<GitFacts> _git;

    private ResolvedNote(string fullPath, string displayPath, bool isTextGiven, string? repositoryRoot, bool repositoryDeclaredAbsent, HandoffLintOptions options)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        IsTextGiven = isTextGiven;
        RepositoryRoot = repositoryRoot;
        RepositoryDeclaredAbsent = repositoryDeclaredAbsent;
        Options = options;
        _git = new Lazy<GitFacts>(AskGit, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The note's full path (for text linted without any file system access, the path as given).</summary>
    public string FullPath { get; }

    /// <summary>The note's path as diagnostics show it.</summary>
    public string DisplayPath { get; }

    /// <summary>True when the text was given by the caller rather than read from <see cref="FullPath"/>.</summary>
    public bool IsTextGiven { get; }

    /// <summary>The repository root (the folder that holds <c>.git</c>), or null when there is none or the caller said so.</summary>
    public string? RepositoryRoot { get; }

    /// <summary>True when the caller said there is no repository (<see cref="LintRequest.RepositoryRoot"/> empty), rather than none being found.</summary>
    public bool RepositoryDeclaredAbsent { get; }

    /// <summary>The options in force: defaults, then <c>.editorconfig</c>, then the front end's switches.</summary>
    public HandoffLintOptions Options { get; }

    /// <summary>The <c>.editorconfig</c> files that were read, nearest first.</summary>
    public IReadOnlyList<string> ConfigurationFiles { get; private set; } = Array.Empty<string>();

    /// <summary>Invalid configuration values found while reading <see cref="ConfigurationFiles"/> (HL0022).</summary>
    public IReadOnlyList<Diagnostic> ConfigurationDiagnostics { get; private set; } = Array.Empty<Diagnostic>();

    /// <summary>The bytes read from disk; null when the text was given, or the note is missing or could not be read.</summary>
    internal byte[]? Bytes { get; private set; }

    /// <summary>Whether the note was found and read.</summary>
    public HandoffFileState FileState { get; private set; }

    /// <summary>Why the note could not be read or parsed, when <see cref="FileState"/> is <see cref="HandoffFileState.Unreadable"/>.</summary>
    public string? ReadFailure { get; private set; }

    /// <summary>The note's text, or null when it is missing or not text.</summary>
    public SourceText? Source { get; private set; }

    /// <summary>The parsed note, or null when it could not be read or parsed.</summary>
    public HandoffDocument? Document { get; private set; }

    /// <summary>What git knows about the note, asked lazily and at most once (rules and hooks share the answers).</summary>
    internal GitFacts Git => _git.Value;

    /// <summary>What went wrong unexpectedly while resolving (a bug of ours, reported as HL9999), or null.</summary>
    internal Exception? Failure { get; private set; }

    /// <summary>Resolves the note <paramref name="request"/> names. Never throws for bad input.</summary>
    public static ResolvedNote Resolve(LintRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        // Text linted with no configuration and no repository needs no file system at all (and skips its cost).
        var needsFileSystem = request.Text is null || request.UseEditorConfig || request.RepositoryRoot is not { Length: 0 };
        HandoffLintOptions options;
        string fullPath;
        string? root;
        try
        {
            options = request.Options?.Clone() ?? new HandoffLintOptions();
            fullPath = needsFileSystem ? Path.GetFullPath(request.Path) : request.Path;
            root = request.RepositoryRoot is { Length: 0 } ? null
                : request.RepositoryRoot is not null || request.IsRepositoryRootSearched ? request.RepositoryRoot
                : RepositoryLocator.FindRoot(Path.GetDirectoryName(fullPath) ?? ".");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ResolvedNote(request.Path, request.DisplayPath ?? request.Path, request.Text is not null, null, request.RepositoryRoot is { Length: 0 }, new HandoffLintOptions()) { Failure = e };
        }

        var note = new ResolvedNote(fullPath, request.DisplayPath ?? request.Path, request.Text is not null, root, request.RepositoryRoot is { Length: 0 }, options);
        try
        {
            if (request.UseEditorConfig) (note.ConfigurationFiles, note.ConfigurationDiagnostics) = EditorConfigOptionsReader.Apply(fullPath, options);
            request.Configure?.Invoke(options);
            if (request.Text is not null) note.Parse(SourceText.From(request.Text, leadingByteOrderMark: !request.KeepLeadingByteOrderMark));
            else note.ReadAndParse();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            note.Failure = e;
        }

        return note;
    }

    /// <summary>
    /// The same note, in the same place under the same options, holding <paramref name="text"/> instead (what a fix would
    /// write): nothing is searched or read again.
    /// </summary>
    public ResolvedNote WithText(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var note = new ResolvedNote(FullPath, DisplayPath, isTextGiven: true, RepositoryRoot, RepositoryDeclaredAbsent, Options)
        {
            ConfigurationFiles = ConfigurationFiles,
            ConfigurationDiagnostics = ConfigurationDiagnostics,
        };
        try
        {
            // A fix's text has had its byte order mark taken off (the writer puts it back): a U+FEFF left is the note's own.
            note.Parse(SourceText.From(text, leadingByteOrderMark: false));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            note.Failure = e;
        }

        return note;
    }

    private void ReadAndParse()
    {
        // Only a regular file, and never more than the cap: a FIFO would block here, /dev/zero would never end.
        var content = RegularFile.Read(FullPath);
        if (content.IsMissing)
        {
            FileState = HandoffFileState.Missing;
            return;
        }

        if (content.Bytes is null)
        {
            (FileState, ReadFailure) = (HandoffFileState.Unreadable, content.Problem);
            return;
        }

        Bytes = content.Bytes;
        if (SourceText.TryDecode(content.Bytes, out var source, out var failure)) Parse(source!);
        else (FileState, ReadFailure) = (HandoffFileState.Unreadable, failure);
    }

    private void Parse(SourceText source)
    {
        Source = source;
        FileState = HandoffFileState.Present;
        if (HandoffDocument.TryParse(source, DisplayPath, Options, out var document, out var failure)) Document = document;
        else (FileState, ReadFailure) = (HandoffFileState.Unreadable, failure);
    }

    private GitFacts AskGit()
    {
        if (RepositoryRoot is null)
        {
            // Text linted without a file, or a lint whose caller said there is no repository, has no history to judge;
            // a file that turned out to be outside any repository does, and is told so.
            return IsTextGiven || RepositoryDeclaredAbsent ? GitFacts.NotApplicable() : GitFacts.Unavailable("the note is not inside a git repository");
        }

        return GitFacts.Create(RepositoryRoot, FullPath, Options);
    }
}
