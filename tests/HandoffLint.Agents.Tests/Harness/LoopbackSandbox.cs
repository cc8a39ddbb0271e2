using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>
/// Runs an agent in a network namespace of its own that has only a loopback interface (<c>unshare --net</c>), so nothing it
/// does can leave the machine: its model API is 127.0.0.1:<see cref="ModelPort"/>, which <c>agents/loopback-sandbox.mjs</c>
/// forwards to the fake model server's Unix socket; every other address is unreachable. The agent gets a clean environment
/// (nothing of the machine's or the test runner's leaks in), its own home folder, and a time limit.
/// </summary>
internal static class LoopbackSandbox
{
    /// <summary>The port the model API answers on inside the namespace (the namespace is private, so it is always free).</summary>
    public const int ModelPort = 8787;

    /// <summary>The model API's base address as the agent sees it.</summary>
    public static string ModelAddress => $"http://127.0.0.1:{ModelPort}";

    public static ProcessResult Run(AgentWorkspace workspace, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var installation = AgentInstallation.Current;
        var start = new ProcessStartInfo("unshare") { WorkingDirectory = workspace.Repository };
        foreach (var argument in new[] { "--net", "--", "sh", "-c", "ip link set lo up && exec \"$@\"", "sandbox", installation.Node, Path.Combine(AppContext.BaseDirectory, "agents", "loopback-sandbox.mjs"), workspace.ServerSocket, ModelPort.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in command) start.ArgumentList.Add(argument);

        start.Environment.Clear();
        start.Environment["PATH"] = string.Join(Path.PathSeparator, workspace.BinFolder, installation.BinFolder, Path.GetDirectoryName(installation.Node)!, "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        start.Environment["HOME"] = workspace.Home;
        start.Environment["USER"] = Environment.UserName;
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["TERM"] = "dumb";
        start.Environment["NO_COLOR"] = "1";
        start.Environment["TMPDIR"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } dotnetRoot) start.Environment["DOTNET_ROOT"] = dotnetRoot;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return ProcessRunner.Run(start, timeout);
    }
}
