using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HandoffLint.Hooks;

/// <summary>
/// The JSON the hooks write (answers to the agent, the session state file), serialized by generated code: no reflection, so
/// the Native AOT build of the CLI stays free of trimming warnings.
/// </summary>
[JsonSerializable(typeof(HookOutput.SessionStartAnswer))]
[JsonSerializable(typeof(HookOutput.CursorSessionStartAnswer))]
[JsonSerializable(typeof(HookOutput.DecisionAnswer))]
[JsonSerializable(typeof(HookOutput.CursorFollowUpAnswer))]
[JsonSerializable(typeof(SessionState.StateFile))]
internal sealed partial class HookJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Compact, with quotes, backslashes and control characters escaped as JSON requires and the rest written as is: the text
    /// goes to an agent or a file, never into HTML, and "What's Next" reads better than "What\u0027s Next".
    /// </summary>
    public static HookJsonContext Compact { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
