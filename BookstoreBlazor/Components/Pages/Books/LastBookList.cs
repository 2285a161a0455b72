using BookstoreBlazor.Catalog;
using BookstoreBlazor.Hosting;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Components.Pages.Books;

/// <summary>
/// The list this browser last looked at, so a book's page leads back to the same search, filters and page rather than
/// to the start of the catalogue. The pages are static, with no circuit to remember it in, so a session cookie does:
/// it holds only a catalogue query, which is read back as leniently as an address is.
/// </summary>
public static class LastBookList
{
    public const string CookieName = "bookstore.books";

    public static void Remember(HttpContext? context, CatalogQuery query, IHostEnvironment environment)
    {
        if (context is null || context.Response.HasStarted)
            return;
        // The query as an address has it, "?" and all: the plain list is "?", which a cookie keeps (an empty value it may not).
        var link = CatalogRoutes.List(query);
        var value = link.Contains('?') ? link[link.IndexOf('?')..] : "?";
        if (context.Request.Cookies[Name(environment)] == value)
            return;
        var cookie = new CookieBuilder();
        BookstoreCookies.Apply(cookie, CookieName, SameSiteMode.Lax, environment);
        context.Response.Cookies.Append(cookie.Name!, value, cookie.Build(context));
    }

    /// <summary>The remembered list; null when this browser has not looked at one.</summary>
    public static CatalogQuery? Recall(HttpContext? context, IHostEnvironment environment)
    {
        if (context?.Request.Cookies[Name(environment)] is not { } value)
            return null;
        var parameters = QueryHelpers.ParseQuery(value);
        string? Get(string name) => parameters.TryGetValue(name, out var given) ? given.ToString() : null;
        return CatalogRequest.Read(Get(CatalogRoutes.TextParameter), Get(CatalogRoutes.GenreParameter),
            Get(CatalogRoutes.LanguageParameter), Get(CatalogRoutes.SortParameter), Get(CatalogRoutes.PageParameter)).Query;
    }

    private static string Name(IHostEnvironment environment)
    {
        var cookie = new CookieBuilder();
        BookstoreCookies.Apply(cookie, CookieName, SameSiteMode.Lax, environment);
        return cookie.Name!;
    }
}
