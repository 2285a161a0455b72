namespace BookstoreBlazor.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding <c>BookstoreBlazor.sln</c>, found upwards from the test binaries.</summary>
    public static string Path
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "BookstoreBlazor.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("BookstoreBlazor.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
