using BookstoreBlazor.Components.Account;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Account;

public class RedirectToSignInTests : BookstoreTestContext
{
    [Fact]
    public void RedirectToSignIn_OnProfile_ForceLoadsSignInWithReturnUrl()
    {
        GoTo("/profile");

        Render<RedirectToSignIn>();

        var navigation = Navigation.History.First();
        Assert.Equal("/sign-in?returnUrl=%2Fprofile", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
        Assert.Equal("http://localhost/sign-in?returnUrl=%2Fprofile", Navigation.Uri);
    }

    [Fact]
    public void RedirectToSignIn_OnHome_ForceLoadsPlainSignIn()
    {
        Render<RedirectToSignIn>();

        var navigation = Assert.Single(Navigation.History);
        Assert.Equal("/sign-in", navigation.Uri);
        Assert.True(navigation.Options.ForceLoad);
    }

    [Fact]
    public void RedirectToSignIn_KeepsQueryButDropsNotice()
    {
        GoTo("/profile?tab=roles&notice=signed-out");

        Render<RedirectToSignIn>();

        Assert.Equal("/sign-in?returnUrl=%2Fprofile%3Ftab%3Droles", Navigation.History.First().Uri);
    }
}
