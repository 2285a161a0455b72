using BookstoreBlazor.Components.Pages.Status;
using Bunit;
using Microsoft.AspNetCore.Diagnostics;
using BookstoreBlazor.Sessions.Outage;
using Microsoft.AspNetCore.Http;

namespace BookstoreBlazor.Tests.Components.Pages.Status;

public class StatusPageTests : BookstoreTestContext
{
    [Fact]
    public void StatusPage_For404_SaysPageNotFound()
    {
        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 404));

        Assert.Equal("Page not found", cut.Find("[data-testid=status-title]").TextContent);
        Assert.StartsWith("There is nothing at this address.", cut.Find("[data-testid=status-text]").TextContent);
        Assert.Contains("Error 404", cut.Markup);
    }

    [Fact]
    public void StatusPage_ByDefault_IsNotFound()
    {
        var cut = Render<StatusPage>();

        Assert.Equal("Page not found", cut.Find("[data-testid=status-title]").TextContent);
    }

    [Fact]
    public void StatusPage_For400_ExplainsTheFormExpired()
    {
        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 400));

        Assert.Equal("That request could not be accepted", cut.Find("[data-testid=status-title]").TextContent);
        Assert.StartsWith("The form may have expired", cut.Find("[data-testid=status-text]").TextContent);
    }

    [Fact]
    public void StatusPage_For503OutsideSignIn_SaysServiceUnavailableWithoutRetry()
    {
        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 503));

        Assert.Equal("Service unavailable", cut.Find("[data-testid=status-title]").TextContent);
        Assert.DoesNotContain("Try again", cut.Markup);
    }

    [Fact]
    public void StatusPage_Always_LinksBackHome()
    {
        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 500));

        Assert.Equal("Something went wrong", cut.Find("[data-testid=status-title]").TextContent);
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void StatusPage_For503WhileSigningIn_BlamesLogtoAndOffersRetry()
    {
        var http = ReExecutedFrom("/sign-in/kakao", "?returnUrl=%2Fprofile");

        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 503).AddCascadingValue(http));

        Assert.Equal("Logto can't be reached right now", cut.Find("[data-testid=status-title]").TextContent);
        Assert.Equal("/sign-in/kakao?returnUrl=%2Fprofile", cut.Find("a.mud-button-filled").GetAttribute("href"));
    }

    [Theory]
    [InlineData(InterruptedStep.Page, "/profile", "If you were signed in, you still are.")]
    [InlineData(InterruptedStep.SignIn, "/sign-in", "so you are not signed in yet: sign in again in a minute.")]
    [InlineData(InterruptedStep.SignOut, "/sign-out", "You have not been signed out yet")]
    public void StatusPage_For503DuringASessionStoreOutage_SaysNothingWasLost_AndOffersTheRetry(InterruptedStep step, string retry, string says)
    {
        // Even a sign-in route: the session store, not Logto, is what failed.
        HttpContext http = ReExecutedFrom("/sign-in", "");
        http.Features.Set(new SessionStoreOutage(step, retry));

        var cut = Render<StatusPage>(p => p.Add(s => s.Code, 503).AddCascadingValue(http));

        Assert.Equal("Bookstore cannot reach its session store right now", cut.Find("[data-testid=status-title]").TextContent);
        Assert.StartsWith("Nothing was lost.", cut.Find("[data-testid=status-text]").TextContent);
        Assert.Contains(says, cut.Find("[data-testid=status-text]").TextContent);
        Assert.Equal(retry, cut.Find("a.mud-button-filled").GetAttribute("href"));
    }

    private static HttpContext ReExecutedFrom(string path, string query)
    {
        var http = new DefaultHttpContext();
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = path, OriginalQueryString = query, OriginalPathBase = "",
        });
        return http;
    }
}
