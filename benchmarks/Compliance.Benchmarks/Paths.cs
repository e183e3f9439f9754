namespace Compliance.Benchmarks;

internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Compliance.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the benchmarks from inside the repository (Compliance.sln not found).");
    }
}
