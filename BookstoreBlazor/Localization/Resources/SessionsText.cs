namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names SessionsText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;SessionsText&gt;</c>.</summary>
public sealed class SessionsText;
