namespace BookstoreBlazor.Api;

/// <summary>The API's permissions, as defined on the API resource in Logto Console and granted through roles.</summary>
public static class ApiScopes
{
    public const string ReadShelf = "read:shelf";
    public const string WriteShelf = "write:shelf";
    public const string WriteBooks = "write:books";

    public static readonly string[] All = [ReadShelf, WriteShelf, WriteBooks];

    public static string Describe(string scope) => scope switch
    {
        ReadShelf => "Read your shelf",
        WriteShelf => "Change your shelf",
        WriteBooks => "Add, edit and remove books in the catalogue",
        _ => scope,
    };
}

public static class ApiSchemes
{
    /// <summary>Logto access tokens for the API resource; the only way into <c>/api</c> (cookies never are).</summary>
    public const string Bearer = "LogtoApi";
}

public static class ApiPolicies
{
    public const string Reader = "api:token";
    public const string ReadShelf = "api:" + ApiScopes.ReadShelf;
    public const string WriteShelf = "api:" + ApiScopes.WriteShelf;
    public const string WriteBooks = "api:" + ApiScopes.WriteBooks;
}

public static class ApiRoutes
{
    public const string Prefix = "/api";
    public const string Books = Prefix + "/books";
    public const string Shelf = Prefix + "/shelf";
    public const string OpenApiDocument = "/openapi/v1.json";

    public static bool IsApi(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
