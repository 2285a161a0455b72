using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace BookstoreBlazor.Tests.Components;

/// <summary>
/// What a page rendered without a circuit must be: MudBlazor still wires inert handlers into its markup, so what
/// counts is that every control works as plain HTML — links, and buttons that submit a form — and that nothing
/// claims to be interactive.
/// </summary>
public static class StaticMarkup
{
    public static void AssertWorksWithoutACircuit<T>(IRenderedComponent<T> root) where T : IComponent
    {
        Assert.Empty(root.FindAll("[data-interactive=true]"));
        foreach (var button in root.FindAll("button:not([disabled])"))
        {
            Assert.True(button.GetAttribute("type") == "submit" && button.Closest("form") is not null,
                $"A button that is not a form's submit button needs a circuit: {button.OuterHtml}");
        }
        foreach (var field in root.FindAll("input:not([type=hidden]), select, textarea"))
            Assert.True(field.Closest("form") is not null && field.HasAttribute("name"), $"A field outside a form needs a circuit: {field.OuterHtml}");
    }
}
