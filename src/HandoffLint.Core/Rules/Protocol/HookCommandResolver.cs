using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// Whether a hook command that runs HandoffLint can start it in the agent's shell, judged from what this machine and the
/// repository say: a path that does not exist, <c>dotnet tool run handofflint</c> without a tool manifest listing the tool,
/// or a bare <c>handofflint</c> in a repository whose manifest pins the tool (which is then run through <c>dotnet</c>, not
/// found on the PATH). A bare <c>handofflint</c> anywhere else is not judged: the PATH that counts is the agent's.
/// </summary>
internal static class HookCommandResolver
{
    private const string ToolName = "handofflint";

    /// <summary>
    /// Why <paramref name="command"/> cannot start HandoffLint, or null when it can or when that cannot be told here (the part
    /// of the command that runs HandoffLint could not be found, or it depends on a variable other than the home folder).
    /// </summary>
    /// <param name="command">The hook's command line, as the agent hands it to <c>sh -c</c>.</param>
    /// <param name="repositoryRoot">The project folder the agent runs hooks in.</param>
    /// <param name="environment">Reads an environment variable (HOME); <see cref="Environment.GetEnvironmentVariable(string)"/> by default.</param>
    public static string? WhyUnresolvable(string command, string repositoryRoot, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var segment = ShellWords.Segments(command).FirstOrDefault(s => s.Any(w => w.IndexOf(ToolName, StringComparison.OrdinalIgnoreCase) >= 0));
        if (segment is null) return null;
        var words = segment.SkipWhile(IsAssignment).ToList();
        if (words.Count == 0) return null;

        var program = Expand(words[0], repositoryRoot, environment);
        if (program is null) return null;
        var name = Path.GetFileName(program);
        if (string.Equals(name, "dotnet", StringComparison.Ordinal) || string.Equals(name, "dotnet.exe", StringComparison.OrdinalIgnoreCase))
        {
            return WhyDotnetUnresolvable(words, repositoryRoot, environment);
        }

        if (program.IndexOf('/') < 0 && program.IndexOf('\\') < 0)
        {
            // A name the shell looks up on the PATH.
            if (!IsToolName(program)) return null;
            return DotnetToolManifest.FindListing(repositoryRoot) is { } manifest
                ? $"'{ToolName}' is looked up on the PATH, but this repository pins {DotnetToolManifest.ToolPackageId} in {Relative(repositoryRoot, manifest)}, " +
                  $"whose tools run as 'dotnet tool run {ToolName}'; where only the manifest was restored the shell answers '{ToolName}: not found'"
                : null;
        }

        var full = Path.IsPathRooted(program) ? program : Path.GetFullPath(Path.Combine(repositoryRoot, program));
        return File.Exists(full) ? null : $"'{words[0]}' does not exist on this machine";
    }

    private static string? WhyDotnetUnresolvable(IReadOnlyList<string> words, string repositoryRoot, Func<string, string?> environment)
    {
        var rest = words.Skip(1).ToList();
        var runsLocalTool = (rest.Count >= 3 && rest[0] == "tool" && rest[1] == "run" && IsToolName(rest[2])) || (rest.Count >= 1 && IsToolName(rest[0]));
        if (runsLocalTool)
        {
            return DotnetToolManifest.FindListing(repositoryRoot) is null
                ? $"'dotnet tool run {ToolName}' needs a tool manifest (dotnet-tools.json) that lists {DotnetToolManifest.ToolPackageId}, and none at or above the repository root does"
                : null;
        }

        // dotnet path/to/handofflint.dll: a framework-dependent build run by path.
        if (rest.Count >= 1 && rest[0].EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && Expand(rest[0], repositoryRoot, environment) is { } dll)
        {
            var full = Path.IsPathRooted(dll) ? dll : Path.GetFullPath(Path.Combine(repositoryRoot, dll));
            return File.Exists(full) ? null : $"'{rest[0]}' does not exist on this machine";
        }

        return null; // dotnet dnx, dotnet tool exec: fetched on demand, nothing to check here.
    }

    private static bool IsToolName(string word) =>
        string.Equals(word, ToolName, StringComparison.OrdinalIgnoreCase) || string.Equals(word, ToolName + ".exe", StringComparison.OrdinalIgnoreCase);

    private static bool IsAssignment(string word)
    {
        var equals = word.IndexOf('=');
        return equals > 0 && word.Take(equals).All(c => char.IsLetterOrDigit(c) || c == '_');
    }

    /// <summary>The word with <c>~</c>, <c>$HOME</c> and <c>$CLAUDE_PROJECT_DIR</c> expanded; null when another variable is in it.</summary>
    private static string? Expand(string word, string repositoryRoot, Func<string, string?> environment)
    {
        if (word.StartsWith("~/", StringComparison.Ordinal)) word = "$HOME" + word.Substring(1);
        var result = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] != '$')
            {
                result.Append(word[i]);
                continue;
            }

            var braced = i + 1 < word.Length && word[i + 1] == '{';
            var start = braced ? i + 2 : i + 1;
            var end = start;
            while (end < word.Length && (char.IsLetterOrDigit(word[end]) || word[end] == '_')) end++;
            var name = word.Substring(start, end - start);
            string? value = name switch
            {
                "HOME" => environment("HOME") ?? environment("USERPROFILE"),
                "CLAUDE_PROJECT_DIR" => repositoryRoot,
                _ => null,
            };
            if (value is null || (braced && (end >= word.Length || word[end] != '}'))) return null;
            result.Append(value);
            i = braced ? end : end - 1;
        }

        return result.ToString();
    }

    private static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length).Replace('\\', '/') : full;
    }
}
