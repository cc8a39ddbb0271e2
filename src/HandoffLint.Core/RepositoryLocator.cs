using System.IO;

namespace HandoffLint;

/// <summary>Finds the repository root: the nearest folder, upwards, that holds <c>.git</c> (a folder, or a file in worktrees).</summary>
public static class RepositoryLocator
{
    /// <summary>The repository root above <paramref name="startFolder"/>, or null when there is none.</summary>
    public static string? FindRoot(string startFolder)
    {
        var folder = new DirectoryInfo(Path.GetFullPath(startFolder));
        while (folder is not null)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return folder.FullName;
            folder = folder.Parent;
        }

        return null;
    }

    /// <summary>The note's default full path for the repository around <paramref name="startFolder"/> (the start folder itself outside a repository).</summary>
    public static string DefaultHandoffPath(string startFolder, string relativePath)
    {
        var root = FindRoot(startFolder) ?? Path.GetFullPath(startFolder);
        return Path.GetFullPath(Path.Combine(root, relativePath));
    }
}
