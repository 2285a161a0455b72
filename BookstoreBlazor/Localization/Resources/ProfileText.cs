namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names ProfileText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;ProfileText&gt;</c>.</summary>
public sealed class ProfileText;
