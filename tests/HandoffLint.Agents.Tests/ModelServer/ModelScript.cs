using System;
using System.Collections.Generic;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>
/// What the fake model says, scripted per scenario: standing rules first (a compaction request gets a summary; a side
/// request such as a title or a classifier gets a short answer), then the main loop's replies in order, then "Done.".
/// </summary>
internal sealed class ModelScript
{
    /// <summary>The summary the fake model gives when an agent asks it to compact the conversation.</summary>
    public const string CompactionSummary = "<summary>The user asked for a change to src/app.txt; it was made. Nothing else is pending.</summary>";

    private readonly object _gate = new();
    private readonly List<(Func<ModelTurn, bool> When, Func<ModelTurn, ModelReply> Reply)> _rules = new();
    private readonly Queue<ModelReply> _replies = new();

    public ModelScript()
    {
        When(turn => turn.IsCompaction, _ => ModelReply.Say(CompactionSummary));
    }

    /// <summary>Answers every request that <paramref name="when"/> matches, before the main loop's queue is consulted.</summary>
    public ModelScript When(Func<ModelTurn, bool> when, Func<ModelTurn, ModelReply> reply)
    {
        lock (_gate) _rules.Add((when, reply));
        return this;
    }

    /// <summary>The next reply of the main loop.</summary>
    public ModelScript Then(ModelReply reply)
    {
        lock (_gate) _replies.Enqueue(reply);
        return this;
    }

    /// <summary>How many main-loop replies are still queued.</summary>
    public int Pending
    {
        get { lock (_gate) return _replies.Count; }
    }

    public ModelReply Answer(ModelTurn turn)
    {
        lock (_gate)
        {
            foreach (var (when, reply) in _rules)
            {
                if (when(turn)) return reply(turn);
            }

            if (!turn.IsMainLoop) return ModelReply.Say("OK");
            return _replies.Count > 0 ? _replies.Dequeue() : ModelReply.Say("Done.");
        }
    }
}
