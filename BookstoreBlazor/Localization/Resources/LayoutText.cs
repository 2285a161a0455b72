namespace BookstoreBlazor.Localization.Resources;

/// <summary>Names LayoutText.resx (and its .ko/.ja siblings) for <c>IStringLocalizer&lt;LayoutText&gt;</c>.</summary>
public sealed class LayoutText;
