using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HandoffLint.Agents.Tests.Agents;
using HandoffLint.Agents.Tests.Harness;
using HandoffLint.Agents.Tests.ModelServer;

namespace HandoffLint.Agents.Tests.Scenarios;

/// <summary>
/// The scenarios in Codex CLI (<c>codex exec</c>), wired by <c>handofflint init --agent codex</c>. Codex runs a project's hooks
/// only in a trusted project and only once each hook was reviewed in the TUI's <c>/hooks</c>; the suite trusts the project in
/// <c>$CODEX_HOME/config.toml</c> (what answering Codex's trust prompt writes) and, since <c>/hooks</c> needs a person at a
/// terminal, stands in for the review with <c>--dangerously-bypass-hook-trust</c>.
/// </summary>
[Trait("Category", "Agents")]
public sealed class CodexConformanceTests : AgentConformanceTests
{
    private protected override AgentDriver CreateDriver() => new CodexDriver { BypassHookTrust = true };

    private protected override string[] InitArguments => new[] { "--agent", "codex" };

    private protected override void AfterInit(AgentWorkspace workspace, string initOutput) =>
        initOutput.ShouldContain("/hooks", Case.Sensitive, "init tells the user to review the hooks in Codex");

    [AgentFact]
    public async Task Init_says_how_to_trust_the_hooks_because_codex_exec_skips_unreviewed_ones_silently()
    {
        await using var session = await AgentSession.StartAsync(new CodexDriver { BypassHookTrust = false }, Notes.Good(1, "Set up the sample project."), InitArguments);
        session.Script.Then(WriteCode(session)).Then(ModelReply.Say("Bumped the version."));

        var run = session.Run("Bump the version in src/app.txt.");

        var context = session.Describe();
        session.InitOutput.ShouldContain("manual step: Codex runs a project's hooks only when", Case.Sensitive, context);
        session.InitOutput.ShouldContain("/hooks", Case.Sensitive, context);
        session.Hooks.ShouldBeEmpty("Codex ran no hook that was never reviewed, and said nothing about it\n" + context);
        run.StdOut.ShouldNotContain("codex_hooks", Case.Sensitive, "init writes no deprecated feature key\n" + context);
        File.Exists(session.Workspace.PathOf(".codex/config.toml")).ShouldBeFalse("hooks are on by default; no [features] key is needed");
    }
}
