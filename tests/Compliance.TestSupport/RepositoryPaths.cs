namespace Compliance.TestSupport;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor folder holding Compliance.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedPath(string fileName) => Path.Combine(Seeds, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (no Compliance.sln above " + AppContext.BaseDirectory + ").");
    }
}
