namespace BookstoreBlazor.Localization.Resources;

/// <summary>
/// Names ShelfText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;ShelfText&gt;</c>: the shelf page, the
/// book page's shelf panel, and the rows personal book lists share.
/// </summary>
public sealed class ShelfText;
