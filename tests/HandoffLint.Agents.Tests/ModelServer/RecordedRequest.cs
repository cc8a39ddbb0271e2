using System;
using System.Collections.Generic;

namespace HandoffLint.Agents.Tests.ModelServer;

/// <summary>One request the fake model server received, as it came, with the reply it gave.</summary>
internal sealed record RecordedRequest(DateTimeOffset At, string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, ModelTurn? Turn, string Reply)
{
    public override string ToString() => $"{At:HH:mm:ss.fff} {Method} {Path} ({Body.Length} bytes) -> {Reply}";
}
