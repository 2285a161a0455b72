using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Localization;

/// <summary>The sign-in request tells Logto the reader's language (<c>ui_locales</c>), pushed (PAR) or not.</summary>
public sealed class UiLocalesTests
{
    [Theory]
    [InlineData(false, "/sign-in")]
    [InlineData(true, "/sign-in")]
    [InlineData(true, "/sign-in/kakao")]
    [InlineData(true, "/sign-up")]
    public async Task CultureCookieKo_ReachesLogtoAsUiLocalesKo(bool par, string route)
    {
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = par });
        env.Browser.Cookies.Add(env.AppBase, new System.Net.Cookie(".AspNetCore.Culture", Uri.EscapeDataString("c=ko|uic=ko")));

        await env.GoAsync(route);

        Assert.Equal("ko", env.Logto.AuthorizationRequests.LastAuthorization!["ui_locales"]);
        Assert.Equal(par, env.Logto.AuthorizationRequests.LastPushed is not null);
        if (par)
            Assert.Equal("ko", env.Logto.AuthorizationRequests.LastPushed!["ui_locales"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AcceptLanguageJa_ReachesLogtoAsUiLocalesJa_WithOneResourceOnly(bool par)
    {
        // One resource: the handler pushes by itself rather than through MoreResourcesPush.
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = par },
            new Dictionary<string, string?> { ["Logto:Scopes"] = "openid profile email offline_access identities roles" });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, "/sign-in"));
        request.Headers.Add("Accept-Language", "ja-JP,ja;q=0.9");

        using var response = await env.Browser.SendAsync(request);
        await env.Browser.GoAsync(response.Headers.Location!);

        Assert.Equal("ja", env.Logto.AuthorizationRequests.LastAuthorization!["ui_locales"]);
        Assert.DoesNotContain(" ", env.Logto.AuthorizationRequests.LastAuthorization!["resource"]);
    }

    [Fact]
    public async Task NoLanguageAtAll_AsksLogtoForEnglish()
    {
        await using var env = await EmulatorEnvironment.StartAsync(new LogtoEmulatorOptions { EnablePushedAuthorization = true });

        await env.GoAsync("/sign-in");

        Assert.Equal("en", env.Logto.AuthorizationRequests.LastPushed!["ui_locales"]);
    }
}
