using BookstoreBlazor.Api;
using BookstoreBlazor.Components.Pages.Profile;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Profile;

public sealed class ApiAccessCardTests : BookstoreTestContext
{
    [Fact]
    public void WithoutAnApiResource_ShowsNothing()
    {
        var cut = Render<ApiAccessCard>(p => p.Add(c => c.User, SignInAsKakaoUser()));

        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void WithAToken_ShowsItsResourceAndEachScope_NeverTheToken()
    {
        ApiGrants.IsConfigured = true;
        ApiGrants.Grant = new ApiGrant("https://api.bookstore.example", ["read:shelf", "write:shelf"], DateTimeOffset.UtcNow.AddHours(1));

        var cut = Render<ApiAccessCard>(p => p.Add(c => c.User, SignInAsKakaoUser()));

        Assert.Equal("https://api.bookstore.example", cut.Find("[data-testid=api-resource]").TextContent);
        Assert.Equal(["read:shelf", "write:shelf"], cut.FindAll("[data-testid=api-scopes] .mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Contains("never sent to your browser", cut.Markup);
        Assert.Matches("^(59|60) more minutes$", cut.Find("[data-testid=api-expires]").TextContent);
    }

    [Fact]
    public void WithATokenGrantingNothing_SaysHowToGetARole()
    {
        ApiGrants.IsConfigured = true;
        ApiGrants.Grant = new ApiGrant("https://api.bookstore.example", [], DateTimeOffset.UtcNow.AddHours(1));

        var cut = Render<ApiAccessCard>(p => p.Add(c => c.User, SignInAsKakaoUser()));

        Assert.Contains("grant no API permissions", cut.Find("[data-testid=api-no-scopes]").TextContent);
    }

    [Fact]
    public void WhenLogtoGaveNoToken_SaysSo_AndThatTheRestWorks()
    {
        ApiGrants.IsConfigured = true;

        var cut = Render<ApiAccessCard>(p => p.Add(c => c.User, SignInAsKakaoUser()));

        Assert.Contains("could not give Bookstore an API token", cut.Find("[data-testid=api-access-unavailable]").TextContent);
    }
}
