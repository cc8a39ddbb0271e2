using System;
using System.IO;

namespace HandoffLint.Cli;

/// <summary>How paths are shown: relative to the current folder for people, relative to the repository for CI annotations.</summary>
internal static class DisplayPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseFolder"/> when it lies under it, else the full path.
    /// A path that is already relative is taken as relative to the current folder.
    /// </summary>
    public static string Relative(string path, string baseFolder)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(baseFolder, full);
        if (relative == "." || Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal)) return full;
        return relative;
    }

    /// <summary>As <see cref="Relative"/>, relative to the current folder.</summary>
    public static string FromCurrentFolder(string path) => Relative(path, Environment.CurrentDirectory);

    /// <summary>The path with forward slashes, as URIs, SARIF and GitHub annotations want it.</summary>
    public static string WithForwardSlashes(string path) => path.Replace('\\', '/');
}
