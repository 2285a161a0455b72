namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names BooksText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;BooksText&gt;</c>.</summary>
public sealed class BooksText;
