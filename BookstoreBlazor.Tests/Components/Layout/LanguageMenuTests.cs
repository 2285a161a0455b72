using BookstoreBlazor.Components.Layout;
using BookstoreBlazor.Tests.Localization;
using Bunit;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using static Microsoft.AspNetCore.Components.Web.RenderMode;

namespace BookstoreBlazor.Tests.Components.Layout;

/// <summary>
/// The language menu: a MudMenu where a circuit will run, a native disclosure on statically rendered pages (the status
/// pages), both linking every language to the culture endpoint with the page to come back to.
/// </summary>
public class LanguageMenuTests : BookstoreTestContext
{
    [Fact]
    public void OnAStaticPage_IsANativeDisclosure_WithALinkPerLanguage_BackToThisPage()
    {
        using var _ = new CultureScope("ja");
        GoTo("/books?q=%E5%A4%AA%E5%AE%B0");

        var cut = Render<LanguageMenu>();

        var disclosure = cut.Find("details[data-testid=language-menu-static]");
        Assert.Equal("言語", disclosure.QuerySelector("summary")!.GetAttribute("aria-label"));
        var links = disclosure.QuerySelectorAll("a");
        Assert.Equal(["English", "한국어", "日本語"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["en", "ko", "ja"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal("/culture?culture=ko&returnUrl=%2Fbooks%3Fq%3D%25E5%25A4%25AA%25E5%25AE%25B0", links[1].GetAttribute("href"));
        Assert.Equal([null, null, "true"], links.Select(a => a.GetAttribute("aria-current")));
        Assert.Empty(cut.FindAll("[data-testid=language-menu]"));
    }

    [Fact]
    public void OnAStatusPage_ComesBackToTheAddressTheReaderAskedFor_NotToTheStatusPage()
    {
        GoTo("/not-found");
        var context = new DefaultHttpContext();
        context.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = "/no-such-shelf",
            OriginalQueryString = "?page=2",
            OriginalPathBase = "",
        });

        var cut = Render<LanguageMenu>(p => p.AddCascadingValue<HttpContext>(context));

        Assert.Equal("/culture?culture=ja&returnUrl=%2Fno-such-shelf%3Fpage%3D2",
            cut.Find("details [data-testid=language-ja]").GetAttribute("href"));
    }

    [Fact]
    public void OnASignInFailedPage_StaysThere_ThoughSigningInWouldNotComeBackToIt()
    {
        GoTo("/sign-in-failed?reason=access_denied&planted=%3Cb%3Epwned%3C%2Fb%3E");

        var cut = Render<LanguageMenu>();

        Assert.Equal("/culture?culture=ko&returnUrl=%2Fsign-in-failed%3Freason%3Daccess_denied",
            cut.Find("details [data-testid=language-ko]").GetAttribute("href"));
    }

    [Fact]
    public void OnASignInFailedPage_AReasonNotOursIsNotWrittenBack()
    {
        GoTo("/sign-in-failed?reason=%3Cb%3Epwned%3C%2Fb%3E");

        var cut = Render<LanguageMenu>();

        Assert.Equal("/culture?culture=ko&returnUrl=%2Fsign-in-failed%3Freason%3Dfailed",
            cut.Find("details [data-testid=language-ko]").GetAttribute("href"));
    }

    [Fact]
    public void WhereACircuitRuns_IsAMudMenu_NotTheDisclosure()
    {
        var cut = Render<LanguageMenu>(p => p.SetAssignedRenderMode(InteractiveServer));

        Assert.NotEmpty(cut.FindAll("[data-testid=language-menu]"));
        Assert.Empty(cut.FindAll("details"));
    }
}
