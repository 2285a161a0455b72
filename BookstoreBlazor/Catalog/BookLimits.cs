namespace BookstoreBlazor.Catalog;

/// <summary>The lengths and ranges a book's fields must keep, shared by the database, the admin form and the API.</summary>
public static class BookLimits
{
    public const int Title = 200;
    public const int Author = 100;
    public const int MaxAuthors = 10;
    public const int Description = 2000;
    public const int MinYear = 700;
    public const int MaxPrice = 10_000_000;

    public static int MaxYear => DateTime.UtcNow.Year + 1;
}
