using BookstoreBlazor.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BookstoreBlazor.Tests.Components.Layout;

public class ThemeToggleTests : BookstoreTestContext
{
    [Fact]
    public void ThemeToggle_LinksToBothPalettes_ComingBackToThisPage()
    {
        GoTo("/books?q=%EA%B9%80");

        var cut = Render<ThemeToggle>();

        Assert.Equal("/theme?mode=dark&returnUrl=%2Fbooks%3Fq%3D%25EA%25B9%2580", cut.Find("a[data-testid=switch-to-dark]").GetAttribute("href"));
        Assert.Equal("/theme?mode=light&returnUrl=%2Fbooks%3Fq%3D%25EA%25B9%2580", cut.Find("a[data-testid=switch-to-light]").GetAttribute("href"));
        Assert.Equal("Switch to dark mode", cut.Find("a[data-testid=switch-to-dark]").GetAttribute("aria-label"));
        Assert.Equal("Switch to light mode", cut.Find("a[data-testid=switch-to-light]").GetAttribute("aria-label"));
    }

    [Fact]
    public void ThemeToggle_OnAStatusPage_ComesBackToTheAddressAskedFor()
    {
        GoTo("/status/404");
        HttpContext http = new DefaultHttpContext();
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature { OriginalPath = "/no-such-page", OriginalQueryString = "" });

        var cut = Render<ThemeToggle>(p => p.AddCascadingValue(http));

        Assert.EndsWith("returnUrl=%2Fno-such-page", cut.Find("a[data-testid=switch-to-dark]").GetAttribute("href"));
    }

    [Fact]
    public void ThemeToggle_FollowsNavigation_OnAnInteractivePage()
    {
        GoTo("/");
        var cut = Render<ThemeToggle>();

        GoTo("/shelf");

        cut.WaitForAssertion(() =>
            Assert.EndsWith("returnUrl=%2Fshelf", cut.Find("a[data-testid=switch-to-dark]").GetAttribute("href")));
    }
}
