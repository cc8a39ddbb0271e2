using System;

namespace HandoffLint.Diagnostics;

/// <summary>One finding: which rule, how severe, where, and a message naming the concrete problem.</summary>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, SourceLocation location, string message)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Severity = severity;
        Location = location;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The rule's descriptor.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule's ID.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity, after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>The rule's help link.</summary>
    public string HelpLinkUri => Descriptor.HelpLinkUri;

    /// <summary>
    /// The MSBuild canonical form, <c>path(line,col): warning HL0003: message</c>, which editors and CI logs recognise.
    /// </summary>
    public override string ToString() => ToString(Location.Path);

    /// <summary>The canonical form with <paramref name="displayPath"/> in place of the location's path.</summary>
    public string ToString(string displayPath)
    {
        var position = Location.IsWholeFile ? displayPath : $"{displayPath}({Location.Line},{Location.Column})";
        var severity = Severity == DiagnosticSeverity.Suggestion ? "info" : Severity.ToText();
        return $"{position}: {severity} {Id}: {Message}";
    }
}
