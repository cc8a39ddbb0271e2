using System.Globalization;
using HandoffLint.Diagnostics;

namespace HandoffLint.Rules.Content;

/// <summary>HL0019: the note is read into the agent's context at every start, and hooks cut output at 10,000 characters.</summary>
internal sealed class HandoffMustFitBudgetRule : HandoffRule
{
    /// <summary>The descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = new(
        RuleIds.HandoffTooLarge,
        "Handoff note is over its size budget",
        "The note has {0} characters; Expected: at most {1} (agent hooks cut what they read at 10,000). Move history and detail to other files and link them",
        RuleCategories.Content,
        DiagnosticSeverity.Warning);

    /// <inheritdoc />
    public override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Analyze(RuleContext context)
    {
        var document = context.Document!;
        var length = document.Source.Text.Length;
        var budget = context.Options.MaxCharacters;
        if (length <= budget) return;
        // Point at the first character past the budget: everything from there on is what an agent may never see.
        context.Report(Rule, document.LocationOf(budget, budget + 1), length.ToString("N0", CultureInfo.InvariantCulture), budget.ToString("N0", CultureInfo.InvariantCulture));
    }
}
