using System;
using System.IO;
using System.Linq;
using HandoffLint.Json;

namespace HandoffLint.Rules.Protocol;

/// <summary>
/// The local tool manifests (<c>dotnet-tools.json</c>, or <c>.config/dotnet-tools.json</c>) that <c>dotnet tool run</c> reads:
/// from a folder upwards, the first manifest that lists a tool wins, and a manifest marked <c>"isRoot": true</c> ends the
/// search. Used to tell whether <c>dotnet tool run handofflint</c> resolves in a repository.
/// </summary>
internal static class DotnetToolManifest
{
    /// <summary>The package id of the handofflint tool.</summary>
    public const string ToolPackageId = "HandoffLint.Tool";

    /// <summary>The manifest at or above <paramref name="startFolder"/> that lists <paramref name="packageId"/>, or null.</summary>
    public static string? FindListing(string startFolder, string packageId = ToolPackageId)
    {
        var folder = new DirectoryInfo(Path.GetFullPath(startFolder));
        while (folder is not null)
        {
            foreach (var candidate in RuleInputFiles.ToolManifests.Select(name => Path.Combine(folder.FullName, name)))
            {
                var manifest = Read(candidate);
                if (manifest is null) continue;
                if (Lists(manifest, packageId)) return candidate;
                if (manifest["isRoot"]?.IsTrue == true) return null;
            }

            folder = folder.Parent;
        }

        return null;
    }

    private static JsonObject? Read(string path)
    {
        var text = ProtocolFiles.TryRead(path);
        if (text is null) return null;
        return JsonReader.TryParse(text, out var value, out _) ? value?.AsObject() : null;
    }

    private static bool Lists(JsonObject manifest, string packageId) =>
        manifest["tools"]?.AsObject()?.Members.Any(m => string.Equals(m.Name, packageId, StringComparison.OrdinalIgnoreCase)) == true;
}
