using BookstoreBlazor.Components.Layout;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookstoreBlazor.Tests.Components.Accessibility;

/// <summary>What a screen reader hears: snackbars repeated in live regions, the reconnect modal's states announced.</summary>
public class LiveRegionTests : BookstoreTestContext
{
    [Fact]
    public void ASnackbar_IsRepeatedInThePoliteRegion_AndAnErrorInTheAlertRegion()
    {
        var cut = Render<SnackbarAnnouncer>();
        var snackbar = Services.GetRequiredService<ISnackbar>();
        Assert.Equal("status", cut.Find("[data-testid=snackbar-status]").GetAttribute("role"));
        Assert.Equal("polite", cut.Find("[data-testid=snackbar-status]").GetAttribute("aria-live"));
        Assert.Equal("alert", cut.Find("[data-testid=snackbar-alert]").GetAttribute("role"));

        cut.InvokeAsync(() => snackbar.Add("Saved “진달래꽃”.", Severity.Success));
        cut.WaitForAssertion(() => Assert.Equal("Saved “진달래꽃”.", cut.Find("[data-testid=snackbar-status]").TextContent));
        Assert.Equal("", cut.Find("[data-testid=snackbar-alert]").TextContent);

        cut.InvokeAsync(() => snackbar.Add("Could not save.", Severity.Error));
        cut.WaitForAssertion(() => Assert.Equal("Could not save.", cut.Find("[data-testid=snackbar-alert]").TextContent));
        Assert.Equal("Saved “진달래꽃”.", cut.Find("[data-testid=snackbar-status]").TextContent);
    }

    [Fact]
    public void TheLayoutOfAnInteractivePage_HoldsTheLiveRegions_BeforeAnySnackbar()
    {
        // Only interactive pages show snackbars; a static page has no circuit to raise one.
        Auth.SetNotAuthorized();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<MainLayout>(p => p
            .Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page")))
            .SetAssignedRenderMode(RenderMode.InteractiveServer));

        Assert.Single(cut.FindAll("[data-testid=snackbar-status][role=status]"));
        Assert.Single(cut.FindAll("[data-testid=snackbar-alert][role=alert]"));
    }

    [Fact]
    public void TheReconnectModal_AnnouncesProgressPolitely_AndFailuresAsAlerts()
    {
        var cut = Render<ReconnectModal>();

        Assert.Equal("status", cut.Find(".components-reconnect-first-attempt-visible").GetAttribute("role"));
        Assert.Equal("status", cut.Find("p.components-reconnect-repeated-attempt-visible").GetAttribute("role"));
        Assert.Equal("status", cut.Find("p.components-pause-visible").GetAttribute("role"));
        Assert.Equal("alert", cut.Find("p.components-reconnect-failed-visible").GetAttribute("role"));
        Assert.Equal("alert", cut.Find("p.components-resume-failed-visible").GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(cut.Find("dialog").GetAttribute("aria-label")));
    }

    [Fact]
    public void TheSkipLink_IsTheFirstLink_AndPointsAtMainOnTheCurrentPage()
    {
        Auth.SetNotAuthorized();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/books?q=x");

        var cut = Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page"))));

        var first = cut.FindAll("a, button").First();
        Assert.Equal("skip-link", first.GetAttribute("data-testid"));
        Assert.Equal("/books?q=x#main-content", first.GetAttribute("href"));
        Assert.Equal("MAIN", cut.Find("#main-content").TagName);
    }
}
