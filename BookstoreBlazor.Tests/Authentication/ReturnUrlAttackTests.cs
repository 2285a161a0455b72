using System.Net;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>
/// Open-redirect attempts in <c>returnUrl</c>, through a real sign-in with the emulator and once more when already signed
/// in: the browser always ends on the app's home page. Each value is what the app receives after the query is decoded.
/// Each case uses a fresh browser against one shared emulator and app.
/// </summary>
public sealed class ReturnUrlAttackTests(SharedEmulatorEnvironment shared) : IClassFixture<SharedEmulatorEnvironment>
{
    private const string LandsHome = "Lands on the app's `/` after sign-in, and again when already signed in";

    [SecurityCase(CatalogueArea.Redirects, "`returnUrl` to another host: scheme-relative (`//evil`, `///evil`) or with backslashes (`/\\evil`, `\\\\evil`)", LandsHome)]
    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("///evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\\/evil.example")]
    public Task AnotherHost_SchemeRelativeOrBackslashed(string returnUrl) => AssertLandsHomeAsync(returnUrl);

    [SecurityCase(CatalogueArea.Redirects, "`returnUrl` as an absolute URL (`https://evil`, `HTTP://evil`, `http:evil`)", LandsHome)]
    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("HTTP://evil.example/")]
    [InlineData("http:evil.example")]
    public Task AbsoluteUrl(string returnUrl) => AssertLandsHomeAsync(returnUrl);

    [SecurityCase(CatalogueArea.Redirects, "`returnUrl` with a script or data scheme (`javascript:`, `data:`)", LandsHome)]
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public Task ScriptScheme(string returnUrl) => AssertLandsHomeAsync(returnUrl);

    [SecurityCase(CatalogueArea.Redirects, "`returnUrl` hiding another host in percent-encoding, once or twice (`%2F%2Fevil`, `/%5Cevil`, `%252F%252Fevil`)", LandsHome)]
    [Theory]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("/%2Fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("%252F%252Fevil.example")]
    [InlineData("/%255Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    public Task PercentEncoded(string returnUrl) => AssertLandsHomeAsync(returnUrl);

    [SecurityCase(CatalogueArea.Redirects, "`returnUrl` with control characters: a tab browsers drop (`/\\t/evil`), CR LF header injection", LandsHome)]
    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\nLocation: https://evil.example/")]
    [InlineData("/%0d%0aSet-Cookie:%20pwned=1")]
    public Task ControlCharacters(string returnUrl) => AssertLandsHomeAsync(returnUrl);

    [SecurityCase(CatalogueArea.Redirects, "A very long `returnUrl` (6 KB), local or not", LandsHome + "; no error page")]
    [Theory]
    [InlineData("/")]
    [InlineData("//evil.example/")]
    public Task VeryLong(string prefix) => AssertLandsHomeAsync(prefix + new string('a', 6 * 1024));

    [Fact]
    public async Task ALocalReturnUrl_IsKept_SoTheCasesAboveAreRefusedForWhatTheyAre()
    {
        using var browser = new HttpBrowser();

        var page = await shared.Env.SignInWithKakaoAsync(browser, "/sign-in/kakao?returnUrl=" + Uri.EscapeDataString("/profile?from=test"));

        Assert.Equal("/profile?from=test", page.PathAndQuery);
    }

    private async Task AssertLandsHomeAsync(string returnUrl)
    {
        var env = shared.Env;
        using var browser = new HttpBrowser();
        var query = "?returnUrl=" + Uri.EscapeDataString(returnUrl);

        var afterSignIn = await env.SignInWithKakaoAsync(browser, "/sign-in/kakao" + query);
        var whenSignedIn = await browser.GoAsync(new Uri(env.AppBase, "/sign-in" + query), url => url.Authority != env.AppBase.Authority);

        foreach (var page in new[] { afterSignIn, whenSignedIn })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(new Uri(env.AppBase, "/"), page.Uri);
            Assert.All(page.Redirects, url => Assert.DoesNotContain("evil", url.Host));
        }

        Assert.Equal(AppCallback.SignedIn, afterSignIn.Text("auth-state"));
    }
}
