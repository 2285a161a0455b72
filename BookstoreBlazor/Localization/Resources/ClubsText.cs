namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names ClubsText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;ClubsText&gt;</c>.</summary>
public sealed class ClubsText;
