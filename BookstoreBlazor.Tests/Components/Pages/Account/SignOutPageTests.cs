using Bunit;
using SignOutPage = BookstoreBlazor.Components.Pages.Account.SignOut;

namespace BookstoreBlazor.Tests.Components.Pages.Account;

public class SignOutPageTests : BookstoreTestContext
{
    [Fact]
    public void SignOutPage_WhenSignedIn_AsksForConfirmationWithDisplayName()
    {
        SignInAsKakaoUser();

        var cut = Render<SignOutPage>();

        Assert.Equal("Sign out of Bookstore?", cut.Find("h1").TextContent);
        Assert.Equal(KakaoNickname, cut.Find("strong").TextContent);
    }

    [Fact]
    public void SignOutPage_WhenSignedIn_OffersPostFormWithAntiforgeryToken()
    {
        SignInAsKakaoUser();

        var cut = Render<SignOutPage>();

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/sign-out", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector($"input[type=hidden][name={AntiforgeryFieldName}]"));
        Assert.Equal("submit", form.QuerySelector("[data-testid=sign-out]")?.GetAttribute("type"));
    }

    [Fact]
    public void SignOutPage_WhenAnonymous_SaysNotSignedInAndHasNoForm()
    {
        Auth.SetNotAuthorized();

        var cut = Render<SignOutPage>();

        Assert.Equal("You are not signed in", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("form"));
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }
}
