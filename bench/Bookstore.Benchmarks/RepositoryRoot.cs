namespace Bookstore.Benchmarks;

public static class RepositoryRoot
{
    /// <summary>The folder holding <c>BookstoreBlazor.sln</c>, found upwards from the binaries, else from the working directory.</summary>
    public static string Find() =>
        Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("BookstoreBlazor.sln not found above " + AppContext.BaseDirectory);

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BookstoreBlazor.sln")))
                return dir.FullName;
        }
        return null;
    }
}
