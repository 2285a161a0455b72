namespace BookstoreBlazor.Admin;

/// <summary>The catalogue admin's pages (their <c>@page</c> directives must say the same).</summary>
public static class AdminRoutes
{
    public const string Books = "/admin/books";
    public const string NewBook = "/admin/books/new";

    public static string EditBook(string isbn) => $"{Books}/{Uri.EscapeDataString(isbn)}/edit";
}
