using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;
using HandoffLint.Tests.Support;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>One step of a composite action as <c>action.yml</c> declares it.</summary>
internal sealed record ActionStep(string Name, string? Id, string? If, string? Uses, string? Run, IReadOnlyDictionary<string, string> Env, IReadOnlyDictionary<string, string> With);

/// <summary>What running the action's script steps produced.</summary>
internal sealed record ActionRun(IReadOnlyList<(ActionStep Step, ChildProcessResult Result)> Steps, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Outputs, string Summary)
{
    public ChildProcessResult Of(string id) => Steps.Single(s => s.Step.Id == id).Result;

    public override string ToString() => string.Join("\n", Steps.Select(s => $"--- step {s.Step.Name}\n{s.Result}"));
}

/// <summary>
/// Reads <c>action.yml</c> and runs its <c>run:</c> steps the way the Actions runner does: each as a bash script
/// (<c>bash --noprofile --norc -eo pipefail</c>) in the workspace, with the step's <c>env:</c> evaluated from the inputs
/// (defaults unless given) and earlier steps' outputs, and the runner's files (<c>GITHUB_OUTPUT</c>, <c>GITHUB_PATH</c>,
/// <c>GITHUB_STEP_SUMMARY</c>) honoured between steps. Steps that use other actions cannot run here; they are returned
/// for the tests to check.
/// </summary>
internal sealed class CompositeAction
{
    private static readonly Regex Expression = new(@"\$\{\{\s*(?:inputs\.(?<input>[\w-]+)|steps\.(?<step>[\w-]+)\.outputs\.(?<output>[\w-]+))\s*\}\}", RegexOptions.CultureInvariant);

    private CompositeAction(IReadOnlyDictionary<string, string> inputDefaults, IReadOnlyList<ActionStep> steps, string runs)
    {
        InputDefaults = inputDefaults;
        Steps = steps;
        Using = runs;
    }

    public IReadOnlyDictionary<string, string> InputDefaults { get; }

    public IReadOnlyList<ActionStep> Steps { get; }

    /// <summary><c>runs.using</c>: <c>composite</c> for this action.</summary>
    public string Using { get; }

    public static CompositeAction Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var inputs = ((YamlMappingNode)root["inputs"]).Children.ToDictionary(
            p => ((YamlScalarNode)p.Key).Value!,
            p => ((YamlMappingNode)p.Value).Children.TryGetValue(new YamlScalarNode("default"), out var value) ? ((YamlScalarNode)value).Value ?? string.Empty : string.Empty);
        var runs = (YamlMappingNode)root["runs"];
        var steps = ((YamlSequenceNode)runs["steps"]).Children.Cast<YamlMappingNode>().Select(step => new ActionStep(
            Scalar(step, "name") ?? "(unnamed)",
            Scalar(step, "id"),
            Scalar(step, "if"),
            Scalar(step, "uses"),
            Scalar(step, "run"),
            Map(step, "env"),
            Map(step, "with"))).ToList();
        return new CompositeAction(inputs, steps, Scalar(runs, "using") ?? string.Empty);
    }

    /// <summary>Runs the script steps in <paramref name="workspace"/> with <paramref name="inputs"/> over the defaults.</summary>
    public ActionRun RunScripts(string workspace, string runnerTemp, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, string?> environment)
    {
        var values = new Dictionary<string, string>(InputDefaults);
        foreach (var (name, value) in inputs) values[name] = value;
        var outputs = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var results = new List<(ActionStep, ChildProcessResult)>();
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var summary = Path.Combine(runnerTemp, "step-summary.md");
        File.WriteAllText(summary, string.Empty);
        foreach (var step in Steps.Where(s => s.Run is not null))
        {
            var outputFile = Path.Combine(runnerTemp, $"output-{results.Count}");
            var pathFile = Path.Combine(runnerTemp, $"path-{results.Count}");
            File.WriteAllText(outputFile, string.Empty);
            File.WriteAllText(pathFile, string.Empty);
            var script = Path.Combine(runnerTemp, $"step-{results.Count}.sh");
            File.WriteAllText(script, step.Run);
            var env = new Dictionary<string, string?>(environment)
            {
                ["PATH"] = path,
                ["RUNNER_TEMP"] = runnerTemp,
                ["GITHUB_WORKSPACE"] = workspace,
                ["GITHUB_ACTION_PATH"] = Golden.RepositoryRoot,
                ["GITHUB_OUTPUT"] = outputFile,
                ["GITHUB_PATH"] = pathFile,
                ["GITHUB_STEP_SUMMARY"] = summary,
            };
            foreach (var (name, value) in step.Env) env[name] = Evaluate(value, values, outputs);

            var result = ChildProcess.Run("bash", new[] { "--noprofile", "--norc", "-eo", "pipefail", script }, workspace, env, TimeSpan.FromMinutes(5));
            results.Add((step, result));
            if (step.Id is not null) outputs[step.Id] = ReadOutputs(outputFile);
            foreach (var added in File.ReadAllLines(pathFile).Where(l => l.Length > 0)) path = added + Path.PathSeparator + path;
            if (result.ExitCode != 0 && step.If is null) break; // a failed step stops the job, except for steps that run always()
        }

        return new ActionRun(results, outputs, File.ReadAllText(summary));
    }

    private static string Evaluate(string value, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> outputs) =>
        Expression.Replace(value, match => match.Groups["input"].Success
            ? inputs.TryGetValue(match.Groups["input"].Value, out var input) ? input : throw new InvalidOperationException($"action.yml uses an undeclared input: {match.Value}")
            : outputs.TryGetValue(match.Groups["step"].Value, out var step) && step.TryGetValue(match.Groups["output"].Value, out var output) ? output : string.Empty);

    private static Dictionary<string, string> ReadOutputs(string file) =>
        File.ReadAllLines(file).Where(l => l.Contains('=')).ToDictionary(l => l.Substring(0, l.IndexOf('=')), l => l.Substring(l.IndexOf('=') + 1));

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyDictionary<string, string> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? ((YamlMappingNode)value).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? string.Empty)
            : new Dictionary<string, string>();
}
