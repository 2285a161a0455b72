namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names HomeText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;HomeText&gt;</c>.</summary>
public sealed class HomeText;
