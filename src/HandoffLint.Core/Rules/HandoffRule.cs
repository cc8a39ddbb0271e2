using HandoffLint.Diagnostics;

namespace HandoffLint.Rules;

/// <summary>What a rule needs before it can run.</summary>
internal enum RuleScope
{
    /// <summary>Runs on a note that was read and parsed.</summary>
    Document,

    /// <summary>Runs on every lint, whether or not the note exists (presence, git, protocol rules).</summary>
    Repository,
}

/// <summary>
/// One rule of the schema: one descriptor, one ID. Subclasses are found by <see cref="RuleRegistry"/>
/// without a hand-kept list, so a new rule is a new file.
/// </summary>
internal abstract class HandoffRule
{
    /// <summary>What the rule reports.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>What the rule needs; <see cref="RuleScope.Document"/> unless overridden.</summary>
    public virtual RuleScope Scope => RuleScope.Document;

    /// <summary>Inspects the context and reports through it.</summary>
    public abstract void Analyze(RuleContext context);
}
