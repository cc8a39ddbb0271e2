using System;
using HandoffLint.Text;

namespace HandoffLint.Diagnostics;

/// <summary>One finding: which rule, how severe, where, and a message naming the concrete problem.</summary>
public sealed class Diagnostic
{
    /// <summary>
    /// Creates a diagnostic. The message is cut to <see cref="TerminalText.MaxMessage"/> characters and its control
    /// characters, line breaks and bidi controls are escaped, so that it prints as one line and cannot rewrite a terminal.
    /// </summary>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, SourceLocation location, string message)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Severity = severity;
        Location = location;
        if (message is null) throw new ArgumentNullException(nameof(message));
        Message = TerminalText.Escape(TerminalText.Excerpt(message, TerminalText.MaxMessage));
    }

    /// <summary>The rule's descriptor.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule's ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity, after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The formatted message: one line, with no control or bidi characters (they are written as <c>\uXXXX</c>).</summary>
    public string Message { get; }

    /// <summary>The rule's help link.</summary>
    public string HelpLinkUri => Descriptor.HelpLinkUri;

    /// <summary>
    /// The MSBuild canonical form, <c>path(line,col): warning HL0003: message</c>, which editors and CI logs recognise.
    /// </summary>
    public override string ToString() => ToString(Location.Path);

    /// <summary>The canonical form with <paramref name="displayPath"/> (escaped as the message is) in place of the location's path.</summary>
    public string ToString(string displayPath)
    {
        displayPath = TerminalText.Escape(displayPath ?? throw new ArgumentNullException(nameof(displayPath)));
        var position = Location.IsWholeFile ? displayPath : $"{displayPath}({Location.Line},{Location.Column})";
        var severity = Severity == DiagnosticSeverity.Suggestion ? "info" : Severity.ToText();
        return $"{position}: {severity} {Id}: {Message}";
    }
}
