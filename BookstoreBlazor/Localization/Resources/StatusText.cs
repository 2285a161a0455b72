namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names StatusText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;StatusText&gt;</c>.</summary>
public sealed class StatusText;
