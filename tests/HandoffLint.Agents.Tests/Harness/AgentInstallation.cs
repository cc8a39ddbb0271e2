using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace HandoffLint.Agents.Tests.Harness;

/// <summary>
/// The agent CLIs at the versions pinned in <c>agents/package.json</c> (the one place that names them), installed once with
/// npm into a cache folder keyed by that file's content, so an upgrade is a one-line change that installs afresh.
/// </summary>
internal sealed class AgentInstallation
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly Lazy<AgentInstallation> Shared = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private AgentInstallation(string folder, string node) 
    {
        Folder = folder;
        Node = node;
    }

    /// <summary>The installation, made on first use (minutes the first time, nothing after).</summary>
    public static AgentInstallation Current => Shared.Value;

    /// <summary>The folder holding <c>node_modules</c>.</summary>
    public string Folder { get; }

    /// <summary>The <c>node</c> executable, absolute.</summary>
    public string Node { get; }

    /// <summary>The folder of the agents' commands (<c>claude</c>, <c>codex</c>, <c>gemini</c>).</summary>
    public string BinFolder => Path.Combine(Folder, "node_modules", ".bin");

    /// <summary>The pinned versions file shipped beside the test assembly.</summary>
    public static string PackageJson => Path.Combine(AppContext.BaseDirectory, "agents", "package.json");

    /// <summary>The pinned version of <paramref name="package"/>, read from <c>agents/package.json</c>.</summary>
    public static string PinnedVersion(string package)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PackageJson))!;
        return json["dependencies"]![package]!.GetValue<string>();
    }

    /// <summary>
    /// Why the suite cannot run here (no node or npm, no network namespaces), or null. A missing tool is a skip with this
    /// message, never a failure: the suite needs them, the product does not.
    /// </summary>
    public static string? SkipReason { get; } = Probe();

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "The real-agent conformance suite runs on Linux only (it isolates each agent in a network namespace).";
        if (Which("node") is null) return "The real-agent conformance suite needs 'node' on the PATH to run the agent CLIs; it is not installed.";
        if (Which("npm") is null) return "The real-agent conformance suite needs 'npm' on the PATH to install the agent CLIs; it is not installed.";
        if (Which("unshare") is null || Which("ip") is null) return "The real-agent conformance suite needs 'unshare' (util-linux) and 'ip' (iproute2) to keep each agent on loopback.";
        var probe = ProcessRunner.Run(new ProcessStartInfo("unshare") { ArgumentList = { "--net", "--", "ip", "link", "set", "lo", "up" } }, TimeSpan.FromSeconds(20));
        if (probe.ExitCode != 0)
        {
            return "The real-agent conformance suite cannot make a network namespace here ('unshare --net' failed: " + probe.StdErr.Trim() +
                   "); it will not run agents that could reach the network.";
        }

        return null;
    }

    private static AgentInstallation Install()
    {
        var node = Which("node") ?? throw new InvalidOperationException(SkipReason);
        var pinned = File.ReadAllBytes(PackageJson);
        var key = Convert.ToHexString(SHA256.HashData(pinned)).Substring(0, 16).ToLowerInvariant();
        var folder = Path.Combine(CacheRoot(), key);
        var done = Path.Combine(folder, ".installed");
        if (File.Exists(done)) return new AgentInstallation(folder, node);

        Directory.CreateDirectory(folder);
        // One installer at a time, across test processes too; the others wait and then find it done.
        using var gate = WaitForLock(Path.Combine(folder, ".lock"));
        if (File.Exists(done)) return new AgentInstallation(folder, node);

        File.WriteAllBytes(Path.Combine(folder, "package.json"), pinned);
        var start = new ProcessStartInfo(Which("npm")!)
        {
            WorkingDirectory = folder,
            ArgumentList = { "install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error", "--no-update-notifier" },
        };
        start.Environment["npm_config_update_notifier"] = "false";
        var install = ProcessRunner.Run(start, InstallTimeout);
        if (install.ExitCode != 0) throw new InvalidOperationException($"npm install of the pinned agents failed in {folder}:\n{install}");
        foreach (var command in new[] { "claude", "codex", "gemini" })
        {
            if (!File.Exists(Path.Combine(folder, "node_modules", ".bin", command))) throw new InvalidOperationException($"npm installed no '{command}' command in {folder}:\n{install}");
        }

        File.WriteAllText(done, DateTimeOffset.UtcNow.ToString("o"));
        return new AgentInstallation(folder, node);
    }

    /// <summary><c>HANDOFFLINT_AGENTS_CACHE</c>, else <c>$XDG_CACHE_HOME/handofflint/agents</c>, else <c>~/.cache/handofflint/agents</c>.</summary>
    private static string CacheRoot()
    {
        if (Environment.GetEnvironmentVariable("HANDOFFLINT_AGENTS_CACHE") is { Length: > 0 } configured) return Path.GetFullPath(configured);
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "handofflint", "agents");
    }

    private static FileStream WaitForLock(string path)
    {
        var deadline = DateTime.UtcNow + InstallTimeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(500); // Another test process is installing; this waits for a lock, not for a race to settle.
            }
        }
    }

    /// <summary>The absolute path of <paramref name="command"/> on the PATH, or null.</summary>
    public static string? Which(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, command))
            .FirstOrDefault(File.Exists);
}
