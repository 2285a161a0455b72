using BookstoreBlazor.Catalog;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Books;

/// <summary>Genre and language names in the reader's language (keys <c>Genre.{code}</c>, <c>Language.{code}</c>).</summary>
public static class CatalogNames
{
    public static string Genre(this IStringLocalizer<BooksText> text, string code) =>
        text["Genre." + code] is { ResourceNotFound: false } found ? found.Value : BookGenres.NameOf(code);

    public static string Language(this IStringLocalizer<BooksText> text, string code) =>
        text["Language." + code] is { ResourceNotFound: false } found ? found.Value : BookLanguages.NameOf(code);
}
