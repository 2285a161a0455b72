using System.Globalization;
using BookstoreBlazor.Catalog;

namespace BookstoreBlazor.Components.Pages.Books;

/// <summary>
/// The catalogue's query as the URL (or the toolbar's GET form) states it, read leniently: what cannot be used falls
/// back to the default and is named in <see cref="Problems"/>, so the reader learns what was ignored and keeps the rest.
/// </summary>
public sealed record CatalogRequest(CatalogQuery Query, IReadOnlyList<CatalogProblem> Problems, bool IsCanonical)
{
    public static CatalogRequest Read(string? text, string? genre, string? language, string? sort, string? page)
    {
        int? pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var query = CatalogQuery.From(text, genre, language, sort, pageNumber);
        var problems = new List<CatalogProblem>();
        if (text is not null && text.Trim().Length > CatalogQuery.MaxTextLength)
            problems.Add(new SearchTooLong(text.Trim().Length));
        if (Given(genre) && query.Genre is null)
            problems.Add(new UnknownGenre(genre!));
        if (Given(language) && query.Language is null)
            problems.Add(new UnknownLanguage(language!));
        if (Given(sort) && !string.Equals(CatalogQuery.SortName(query.Sort), sort, StringComparison.OrdinalIgnoreCase))
            problems.Add(new UnknownSort(sort!));
        if (Given(page) && pageNumber is not > 0)
            problems.Add(new NotAPage(page!));
        return new(query, problems, Canonical(query, text, genre, language, sort, page));
    }

    // A submitted form names every field, empty or default; the address to keep and share names only what matters.
    private static bool Canonical(CatalogQuery query, params string?[] given)
    {
        var link = CatalogRoutes.List(query);
        var kept = link.Contains('?') ? link[(link.IndexOf('?') + 1)..].Split('&').Length : 0;
        return given.Count(value => value is not null) == kept && given.All(value => value is null || value.Trim() == value);
    }

    private static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
}

/// <summary>Something in the URL the catalogue could not use; the page says what it did instead.</summary>
public abstract record CatalogProblem;

public sealed record SearchTooLong(int Length) : CatalogProblem;

public sealed record UnknownGenre(string Given) : CatalogProblem;

public sealed record UnknownLanguage(string Given) : CatalogProblem;

public sealed record UnknownSort(string Given) : CatalogProblem;

public sealed record NotAPage(string Given) : CatalogProblem;

/// <summary>The URL asked for a page after the last one; the last one is shown.</summary>
public sealed record PageBeyondTheEnd(int Asked, int Last) : CatalogProblem;
