using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Components.Sentences;

public partial class Sentence
{
    /// <summary>
    /// A translated sentence with one piece of data (a name, an address, a search) where the language puts its
    /// <c>{0}</c>: isolated by <c>&lt;bdi&gt;</c> and rendered as text, never as markup.
    /// </summary>
    public static RenderFragment With(string format, string value, string? testId = null) => builder =>
    {
        foreach (var part in FormatParts.Split(format))
        {
            if (part.Index == 0)
            {
                builder.OpenElement(0, "bdi");
                if (testId is not null)
                    builder.AddAttribute(1, "data-testid", testId);
                builder.AddContent(2, value);
                builder.CloseElement();
            }
            else
            {
                builder.AddContent(3, part.Text);
            }
        }
    };
}
