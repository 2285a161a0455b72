using AngleSharp.Html.Parser;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator;

public sealed class ExperiencePageTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    [Fact]
    public async Task SignInPage_CarriesItsStylesUnescaped()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync();

        var css = new HtmlParser().ParseDocument(page.Html).QuerySelector("style")!.TextContent;
        Assert.Contains("content:\"\"", css);
        Assert.DoesNotContain("&quot;", css);
    }

    [Fact]
    public async Task SignInPage_WithoutASignInInProgress_SaysWhatToDo()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Browser.GoAsync(probe.Url("sign-in"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This sign-in has expired", page.Text("message-title"));
    }

    [Fact]
    public async Task SignInForm_WithoutItsAntiforgeryToken_IsRefused()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await probe.Client.AuthorizeAsync();

        var page = await probe.Browser.SubmitAsync(signIn, new Dictionary<string, string?>
        {
            ["identifier"] = "reader", ["password"] = "bookstore", ["__RequestVerificationToken"] = null,
        });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, page.Status);
        Assert.DoesNotContain(page.Redirects, OidcTestClient.IsCallback);
    }
}
