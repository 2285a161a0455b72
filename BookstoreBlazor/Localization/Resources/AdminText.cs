namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names AdminText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;AdminText&gt;</c>.</summary>
public sealed class AdminText;
