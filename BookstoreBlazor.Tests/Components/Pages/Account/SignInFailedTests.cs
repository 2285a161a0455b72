using BookstoreBlazor.Components.Pages.Account;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Account;

public class SignInFailedTests : BookstoreTestContext
{
    private const string Generic = "Something went wrong between Bookstore and Logto, or the sign-in took too long.";

    private IRenderedComponent<SignInFailed> RenderAt(string uri)
    {
        GoTo(uri);
        return Render<SignInFailed>();
    }

    [Fact]
    public void SignInFailed_WhenCancelled_ExplainsNothingChanged()
    {
        var cut = RenderAt("/sign-in-failed?reason=access_denied");

        Assert.StartsWith("You cancelled signing in", cut.Find("[data-testid=failure-reason]").TextContent);
    }

    [Theory]
    [InlineData("login_required", "Logto needs you to sign in again.")]
    [InlineData("consent_required", "Logto needs your consent before Bookstore can sign you in.")]
    [InlineData("server_error", "Logto had a problem finishing your sign-in. It is usually brief.")]
    [InlineData("unreachable", "Bookstore could not reach Logto to finish signing you in.")]
    public void SignInFailed_ForKnownReason_ShowsItsExplanation(string reason, string explanation)
    {
        var cut = RenderAt($"/sign-in-failed?reason={reason}");

        Assert.Equal(explanation, cut.Find("[data-testid=failure-reason]").TextContent);
    }

    [Theory]
    [InlineData("/sign-in-failed?reason=something_new")]
    [InlineData("/sign-in-failed?reason=%3Cb%3Ehi%3C%2Fb%3E")]
    [InlineData("/sign-in-failed")]
    public void SignInFailed_ForUnknownReason_ShowsGenericExplanation(string uri)
    {
        var cut = RenderAt(uri);

        Assert.Equal(Generic, cut.Find("[data-testid=failure-reason]").TextContent);
        Assert.DoesNotContain("something_new", cut.Markup);
    }

    [Fact]
    public void SignInFailed_TryAgain_CarriesLocalReturnUrl()
    {
        var cut = RenderAt("/sign-in-failed?reason=access_denied&returnUrl=%2Fprofile");

        Assert.Equal("/sign-in?returnUrl=%2Fprofile", cut.Find("[data-testid=try-again]").GetAttribute("href"));
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("%2F%2Fevil.example")]
    public void SignInFailed_TryAgain_DropsForeignReturnUrl(string returnUrl)
    {
        var cut = RenderAt($"/sign-in-failed?reason=failed&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/sign-in", cut.Find("[data-testid=try-again]").GetAttribute("href"));
    }
}
