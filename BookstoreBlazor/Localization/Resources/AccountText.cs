namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names AccountText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;AccountText&gt;</c>.</summary>
public sealed class AccountText;
