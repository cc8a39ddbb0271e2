using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using HandoffLint.IO;

namespace HandoffLint.Configuration.EditorConfig;

/// <summary>One property as written in an <c>.editorconfig</c> file.</summary>
internal sealed class EditorConfigProperty
{
    internal EditorConfigProperty(string key, string value, string filePath, int line)
    {
        Key = key;
        Value = value;
        FilePath = filePath;
        Line = line;
    }

    /// <summary>The key, lower-cased as the spec asks.</summary>
    public string Key { get; }

    /// <summary>The value as written, trimmed.</summary>
    public string Value { get; }

    /// <summary>The file it came from.</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line it stands on.</summary>
    public int Line { get; }
}

/// <summary>One section of an <c>.editorconfig</c> file: its glob and the properties under it.</summary>
internal sealed class EditorConfigSection
{
    internal EditorConfigSection(string filePath, string glob, int line, IReadOnlyList<EditorConfigProperty> properties)
    {
        FilePath = filePath;
        Glob = glob;
        Line = line;
        Properties = properties;
        Matcher = EditorConfigGlob.TryCreate(glob, out var problem);
        Problem = problem;
    }

    /// <summary>The file it stands in.</summary>
    public string FilePath { get; }

    /// <summary>The section name as written between the brackets.</summary>
    public string Glob { get; }

    /// <summary>The 1-based line of the section's header.</summary>
    public int Line { get; }

    /// <summary>The compiled glob, or null when it could not be compiled (see <see cref="Problem"/>): such a section matches nothing.</summary>
    public EditorConfigGlob? Matcher { get; }

    /// <summary>Why the glob could not be compiled, worded to follow "must be"; null when it was.</summary>
    public string? Problem { get; }

    /// <summary>The section's properties, in file order.</summary>
    public IReadOnlyList<EditorConfigProperty> Properties { get; }
}

/// <summary>What the <c>.editorconfig</c> files around one file say about it.</summary>
internal sealed class EditorConfigResolution
{
    internal EditorConfigResolution(IReadOnlyDictionary<string, EditorConfigProperty> properties, IReadOnlyList<string> files, IReadOnlyList<EditorConfigSection> invalidSections, IReadOnlyList<(string Path, string Problem)> unreadableFiles)
    {
        Properties = properties;
        Files = files;
        InvalidSections = invalidSections;
        UnreadableFiles = unreadableFiles;
    }

    /// <summary>The properties in force, by key: nearer files win over farther ones, later sections over earlier ones.</summary>
    public IReadOnlyDictionary<string, EditorConfigProperty> Properties { get; }

    /// <summary>The files read, nearest first.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Sections of those files whose globs could not be compiled, so that nobody can tell whether they apply.</summary>
    public IReadOnlyList<EditorConfigSection> InvalidSections { get; }

    /// <summary>
    /// <c>.editorconfig</c> paths that hold something other than a readable file (a folder, a FIFO, a device, a broken link,
    /// more than <see cref="EditorConfigFile.MaxBytes"/>), with why; their settings are not in force.
    /// </summary>
    public IReadOnlyList<(string Path, string Problem)> UnreadableFiles { get; }
}

/// <summary>A parsed <c>.editorconfig</c> file: its <c>root</c> flag and its sections in order.</summary>
internal sealed class EditorConfigFile
{
    /// <summary>The largest <c>.editorconfig</c> read: real ones are tens of kilobytes; a larger one is reported, not parsed.</summary>
    public const long MaxBytes = 1024 * 1024;

    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigSection> sections)
    {
        Path = path;
        IsRoot = isRoot;
        Sections = sections;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Whether the file says <c>root = true</c> in its preamble, which ends the search upwards.</summary>
    public bool IsRoot { get; }

    /// <summary>The sections, in file order; a section whose glob could not be compiled has no matcher and matches nothing.</summary>
    public IReadOnlyList<EditorConfigSection> Sections { get; }

    /// <summary>Parses a file's text. Lines that are neither sections, properties nor comments are ignored, as the spec asks.</summary>
    public static EditorConfigFile Parse(string text, string path)
    {
        var sections = new List<EditorConfigSection>();
        var isRoot = false;
        string? currentGlob = null;
        var currentLine = 0;
        var current = new List<EditorConfigProperty>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                if (currentGlob is not null) sections.Add(new EditorConfigSection(path, currentGlob, currentLine, current));
                currentGlob = line.Substring(1, line.Length - 2);
                currentLine = i + 1;
                current = new List<EditorConfigProperty>();
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0) continue;
            var key = line.Substring(0, equals).Trim().ToLowerInvariant();
            var value = line.Substring(equals + 1).Trim();
            if (currentGlob is null)
            {
                if (key == "root") isRoot = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            current.Add(new EditorConfigProperty(key, value, path, i + 1));
        }

        if (currentGlob is not null) sections.Add(new EditorConfigSection(path, currentGlob, currentLine, current));
        return new EditorConfigFile(path, isRoot, sections);
    }

    /// <summary>
    /// The properties that apply to <paramref name="filePath"/>, from every <c>.editorconfig</c> between its folder and
    /// the nearest <c>root = true</c>: nearer files win over farther ones, and later sections over earlier ones.
    /// </summary>
    public static EditorConfigResolution Resolve(string filePath)
    {
        var files = new List<EditorConfigFile>();
        var unreadable = new List<(string Path, string Problem)>();
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(filePath));
        while (!string.IsNullOrEmpty(folder))
        {
            var candidate = System.IO.Path.Combine(folder!, ".editorconfig");
            var content = RegularFile.Read(candidate, MaxBytes);
            if (content.Bytes is not null)
            {
                // Lenient decoding, as other EditorConfig readers do: a stray Latin-1 byte in a comment costs nothing.
                var file = Parse(Encoding.UTF8.GetString(content.Bytes), candidate);
                files.Add(file);
                if (file.IsRoot) break;
            }
            else if (!content.IsMissing)
            {
                // Whether it said root = true cannot be known: keep looking upwards, as for a file without it.
                unreadable.Add((candidate, content.Problem!));
            }

            folder = System.IO.Path.GetDirectoryName(folder);
        }

        var properties = new Dictionary<string, EditorConfigProperty>(StringComparer.Ordinal);
        var invalid = new List<EditorConfigSection>();
        var fullPath = System.IO.Path.GetFullPath(filePath);
        for (var f = files.Count - 1; f >= 0; f--)
        {
            var file = files[f];
            var baseFolder = System.IO.Path.GetDirectoryName(file.Path)!;
            var relative = MakeRelative(baseFolder, fullPath);
            foreach (var section in file.Sections)
            {
                if (section.Matcher is null)
                {
                    invalid.Add(section);
                    continue;
                }

                if (!section.Matcher.IsMatch(relative)) continue;
                foreach (var property in section.Properties) properties[property.Key] = property;
            }
        }

        var names = new List<string>();
        foreach (var file in files) names.Add(file.Path);
        return new EditorConfigResolution(properties, names, invalid, unreadable);
    }

    private static string MakeRelative(string baseFolder, string fullPath)
    {
        var prefix = baseFolder.EndsWith(System.IO.Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? baseFolder
            : baseFolder + System.IO.Path.DirectorySeparatorChar;
        var relative = fullPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? fullPath.Substring(prefix.Length) : fullPath;
        return relative.Replace('\\', '/');
    }
}
