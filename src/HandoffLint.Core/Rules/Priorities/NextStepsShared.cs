using System.Collections.Generic;
using System.Linq;
using HandoffLint.Parsing;

namespace HandoffLint.Rules.Priorities;

/// <summary>The What's Next items, read once per lint and shared by the priority rules.</summary>
internal sealed class NextStepsShared
{
    private NextStepsShared(IReadOnlyList<NextStepItem> items) => Items = items;

    public IReadOnlyList<NextStepItem> Items { get; }

    public static NextStepsShared Get(RuleContext context) =>
        context.GetShared(c => new NextStepsShared(NextStepsReader.Read(c.Document!, c.Options)));

    public static string TagList(RuleContext context) => string.Join(", ", context.Options.PriorityTags.Select(t => "[" + t + "]"));
}
