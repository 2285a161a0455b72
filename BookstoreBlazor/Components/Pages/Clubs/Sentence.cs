using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Components.Pages.Clubs;

/// <summary>A translated sentence with data (a name, an address, a search) where the language puts its <c>{0}</c>.</summary>
public static class Sentence
{
    /// <summary>The value isolated by <c>&lt;bdi&gt;</c> and rendered as text, never as markup.</summary>
    public static RenderFragment With(string template, string value, string? testId = null) => builder =>
    {
        var parts = template.Split("{0}", 2);
        builder.AddContent(0, parts[0]);
        builder.OpenElement(1, "bdi");
        if (testId is not null)
            builder.AddAttribute(2, "data-testid", testId);
        builder.AddContent(3, value);
        builder.CloseElement();
        builder.AddContent(4, parts.Length > 1 ? parts[1] : "");
    };
}
