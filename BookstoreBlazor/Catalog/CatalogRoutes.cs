using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Catalog;

/// <summary>The catalogue's pages and the names of the query parameters that state a view of it.</summary>
public static class CatalogRoutes
{
    public const string Books = "/books";

    public const string TextParameter = "q";
    public const string GenreParameter = "genre";
    public const string LanguageParameter = "lang";
    public const string SortParameter = "sort";
    public const string PageParameter = "page";

    public static string Book(string isbn) => $"{Books}/{isbn}";

    /// <summary>The link that reproduces <paramref name="query"/>; defaults are left out, so the plain list is <c>/books</c>.</summary>
    public static string List(CatalogQuery query)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (value is not null)
                parameters.Add(new(name, value));
        }

        Add(TextParameter, query.Text);
        Add(GenreParameter, query.Genre);
        Add(LanguageParameter, query.Language);
        Add(SortParameter, query.Sort == CatalogSort.Title ? null : CatalogQuery.SortName(query.Sort));
        Add(PageParameter, query.Page > 1 ? query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(Books, parameters);
    }
}
