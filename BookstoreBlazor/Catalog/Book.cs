namespace BookstoreBlazor.Catalog;

/// <summary>One book of the catalogue. The ISBN is its identity in every URL and never changes once added.</summary>
public sealed class Book
{
    public int Id { get; set; }

    /// <summary>13 digits, no hyphens, with a valid check digit (<see cref="Isbn"/>).</summary>
    public required string Isbn { get; set; }

    /// <summary>In the original script: Hangul, kanji and kana, or Latin.</summary>
    public required string Title { get; set; }

    /// <summary>How English readers know a Korean or Japanese book: its translated or romanised title.</summary>
    public string? AlternateTitle { get; set; }

    /// <summary>In the original script.</summary>
    public List<string> Authors { get; set; } = [];

    /// <summary>The authors' romanised names, in the same order, for Korean and Japanese books.</summary>
    public List<string> AuthorsLatin { get; set; } = [];

    /// <summary>Year of first publication.</summary>
    public int Year { get; set; }

    /// <summary>A code of <see cref="BookLanguages"/>.</summary>
    public required string Language { get; set; }

    /// <summary>A code of <see cref="BookGenres"/>.</summary>
    public required string Genre { get; set; }

    public required string Description { get; set; }

    /// <summary>In Korean won, which has no minor unit.</summary>
    public int Price { get; set; }

    public bool Featured { get; set; }

    public DateTime AddedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who last changed the book: the admin's display name as Logto gave it, and their Logto <c>sub</c>.</summary>
    public string? UpdatedByName { get; set; }

    public string? UpdatedBySubject { get; set; }

    /// <summary>
    /// Set when an admin removes the book: it leaves the catalogue, but shelves that hold it keep their notes and
    /// ratings rather than losing them.
    /// </summary>
    public DateTime? RemovedAt { get; set; }

    /// <summary>Titles and authors in every script, folded by <see cref="CatalogText"/>; what search looks in.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The folded title and first author, which the catalogue sorts by.</summary>
    public string SortTitle { get; set; } = "";

    public string SortAuthor { get; set; } = "";

    /// <summary>Bumped on every change, so two editors cannot overwrite each other unknowingly.</summary>
    public int Version { get; set; }

    public string AuthorLine => string.Join(", ", Authors);

    public string? AuthorLineLatin => AuthorsLatin.Count > 0 ? string.Join(", ", AuthorsLatin) : null;

    /// <summary>Recomputes what search and sorting read from the fields a person edits.</summary>
    public void UpdateDerivedFields()
    {
        SearchText = CatalogText.Fold(string.Join(' ', [Title, AlternateTitle ?? "", .. Authors, .. AuthorsLatin]));
        SortTitle = CatalogText.Fold(Title);
        SortAuthor = CatalogText.Fold(Authors.FirstOrDefault());
    }
}
