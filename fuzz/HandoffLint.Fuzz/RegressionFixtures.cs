using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace HandoffLint.Fuzz;

/// <summary>
/// Every input that once broke a property, kept as a fixture under <c>fuzz/regressions/&lt;target&gt;/</c> and replayed by
/// every <c>dotnet test</c>. Fixtures are text: characters outside printable ASCII (and the backslash) are written as
/// <c>\uXXXX</c> escapes, so that an input holding lone surrogates, controls or byte order marks survives exactly and
/// reads plainly in a diff; line breaks stay line breaks, each written as it was (<c>\r</c> as an escape).
/// </summary>
public static class RegressionFixtures
{
    /// <summary>The folder of a target's fixtures.</summary>
    public static string Folder(string target) => Path.Combine(CorpusMutations.RepositoryRoot, "fuzz", "regressions", target);

    /// <summary>Every fixture of <paramref name="target"/>, by file name.</summary>
    public static IReadOnlyList<string> Names(string target) =>
        Directory.Exists(Folder(target))
            ? Directory.GetFiles(Folder(target), "*.txt").Select(p => Path.GetFileName(p)).OrderBy(n => n, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();

    /// <summary>The input a fixture holds.</summary>
    public static string Load(string target, string name) => Decode(File.ReadAllText(Path.Combine(Folder(target), name), Encoding.UTF8));

    /// <summary>Saves <paramref name="input"/> as a fixture named by its property and hash; returns the file name.</summary>
    public static string Save(string target, string property, string input)
    {
        Directory.CreateDirectory(Folder(target));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Encode(input)))).Substring(0, 10).ToLowerInvariant();
        var name = property + "-" + hash + ".txt";
        File.WriteAllText(Path.Combine(Folder(target), name), Encode(input), new UTF8Encoding(false));
        return name;
    }

    /// <summary>The escaped form of <paramref name="input"/>.</summary>
    public static string Encode(string input)
    {
        var builder = new StringBuilder(input.Length + 16);
        foreach (var c in input)
        {
            if (c == '\n' || (c >= ' ' && c < '\u007F' && c != '\\')) builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>The input an escaped form stands for.</summary>
    public static string Decode(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
