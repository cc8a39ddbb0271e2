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
}
