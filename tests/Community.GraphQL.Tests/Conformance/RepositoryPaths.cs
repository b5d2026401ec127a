namespace Community.GraphQL.Tests.Conformance;

/// <summary>Finds the repository's root: the first folder above the test binaries holding Community.Graph.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string?> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Community.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    });

    /// <summary>The root, or null when the tests run outside a checkout.</summary>
    public static string? TryRoot => RootPath.Value;

    public static string Root => RootPath.Value ?? throw new InvalidOperationException("Community.Graph.sln not found above " + AppContext.BaseDirectory);
}
