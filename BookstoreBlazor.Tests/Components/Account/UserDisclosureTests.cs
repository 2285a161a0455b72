using BookstoreBlazor.Components.Account;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Account;

public class UserDisclosureTests : BookstoreTestContext
{
    [Fact]
    public void UserDisclosure_IsANativeDisclosure_NamedAsTheAccountMenu()
    {
        var user = SignInAsKakaoUser(email: "reader@example.com");

        var cut = Render<UserDisclosure>(p => p.Add(d => d.User, user));

        var summary = cut.Find("details > summary[data-testid=user-menu]");
        // No aria-label: it would hide the visible name from the accessible name (axe: label-content-name-mismatch).
        Assert.Null(summary.GetAttribute("aria-label"));
        Assert.Equal("Account menu", summary.QuerySelector(".visually-hidden[data-testid=user-menu-label]")!.TextContent);
        Assert.Equal(KakaoNickname, summary.QuerySelector("bdi.user-menu-name")!.TextContent);
        Assert.Contains("reader@example.com", cut.Find(".user-disclosure-panel").TextContent);
    }

    [Fact]
    public void UserDisclosure_LinksToProfileAndSessions()
    {
        var user = SignInAsKakaoUser();

        var cut = Render<UserDisclosure>(p => p.Add(d => d.User, user));

        Assert.Equal("/profile", cut.Find("a[data-testid=menu-profile]").GetAttribute("href"));
        Assert.Equal("/sessions", cut.Find("a[data-testid=menu-sessions]").GetAttribute("href"));
    }

    [Fact]
    public void UserDisclosure_SignsOutWithARealPost_CarryingTheAntiforgeryToken()
    {
        var user = SignInAsKakaoUser();

        var cut = Render<UserDisclosure>(p => p.Add(d => d.User, user));

        var form = cut.Find("form[data-testid=menu-sign-out-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/sign-out", form.GetAttribute("action"));
        Assert.Equal(AntiforgeryTokenValue, form.QuerySelector($"input[name={AntiforgeryFieldName}]")!.GetAttribute("value"));
        var button = form.QuerySelector("button[data-testid=sign-out]")!;
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Equal("Sign out", button.TextContent.Trim());
    }
}
