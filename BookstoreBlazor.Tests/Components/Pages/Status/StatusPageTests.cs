using BookstoreBlazor.Components.Pages.Status;
using Bunit;
using Microsoft.AspNetCore.Diagnostics;
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
