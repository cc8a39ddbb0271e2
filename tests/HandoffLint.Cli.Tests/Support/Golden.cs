using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace HandoffLint.Cli.Tests.Support;

/// <summary>
/// Compares output with the golden file <c>Golden/NAME</c> in the source tree. Set <c>HANDOFFLINT_UPDATE_GOLDEN=1</c> to
/// rewrite the golden files from the current output (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static string ProjectFolder { get; } = Metadata("ProjectFolder");

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    private static bool Update => Environment.GetEnvironmentVariable("HANDOFFLINT_UPDATE_GOLDEN") == "1";

    /// <summary>Output with what differs between runs replaced: the temporary folder, the version.</summary>
    public static string Normalize(string output, TempFolder folder) =>
        output.Replace("\r\n", "\n")
            .Replace(folder.Path, "<TEMP>")
            .Replace("\"" + CliProcess.Version + "\"", "\"<VERSION>\"");

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(ProjectFolder, "Golden", name);
        if (Update)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"The golden file {path} is missing; run the tests with HANDOFFLINT_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        throw new Xunit.Sdk.XunitException(
            $"Output differs from {path} at line {first + 1}:\n" +
            $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "<end>")}\n" +
            $"  actual:   {(first < actualLines.Length ? actualLines[first] : "<end>")}\n" +
            $"Whole output:\n{actual}\n(If the change is intended, rerun with HANDOFFLINT_UPDATE_GOLDEN=1 and review the diff.)");
    }

    private static string Metadata(string key) =>
        typeof(Golden).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!.TrimEnd('/', '\\');
}
