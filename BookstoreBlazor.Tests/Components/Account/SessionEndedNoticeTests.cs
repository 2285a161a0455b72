using BookstoreBlazor.Components.Account;
using Bunit;
using MudBlazor;

namespace BookstoreBlazor.Tests.Components.Account;

public sealed class SessionEndedNoticeTests : BookstoreTestContext
{
    [Fact]
    public void WhenASignedInPageLosesItsSession_ItSaysWhy()
    {
        SignInAsKakaoUser();
        var snackbars = Render<MudSnackbarProvider>();
        Render<SessionEndedNotice>();

        Auth.SetNotAuthorized();

        snackbars.WaitForAssertion(() => Assert.Contains(SessionEndedNotice.Message, snackbars.Markup));
    }

    [Fact]
    public void SigningInWhileThePageIsOpen_SaysNothing()
    {
        Auth.SetNotAuthorized();
        var snackbars = Render<MudSnackbarProvider>();
        Render<SessionEndedNotice>();

        SignInAsKakaoUser();

        Assert.DoesNotContain(SessionEndedNotice.Message, snackbars.Markup);
    }
}
