namespace BookstoreBlazor.Admin;

/// <summary>The <c>Bookstore</c> configuration section: how the bookstore itself is run.</summary>
public sealed class BookstoreOptions
{
    public const string SectionName = "Bookstore";

    /// <summary>
    /// The Logto role (one of the names in the ID token's <c>roles</c>) that lets its holders edit the catalogue.
    /// Logto compares role names exactly, so this does too.
    /// </summary>
    public string AdminRole { get; set; } = "admin";
}
