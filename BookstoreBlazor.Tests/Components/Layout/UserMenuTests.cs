using Microsoft.AspNetCore.Components;
using BookstoreBlazor.Components.Layout;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Layout;

public class UserMenuTests : BookstoreTestContext
{
    [Fact]
    public void UserMenu_WhenSignedIn_ShowsKakaoNickname()
    {
        var user = SignInAsKakaoUser();

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        Assert.Equal(KakaoNickname, cut.Find("[data-testid=user-menu] .user-menu-name").TextContent);
    }

    [Fact]
    public void UserMenu_BeforeOpening_DoesNotShowMenuItems()
    {
        var popovers = RenderPopoverProvider();
        var user = SignInAsKakaoUser();

        Render<UserMenu>(p => p.Add(m => m.User, user));

        Assert.Empty(popovers.FindAll("[data-testid=menu-profile]"));
        Assert.Empty(popovers.FindAll("[data-testid=menu-sessions]"));
        Assert.Empty(popovers.FindAll("[data-testid=sign-out]"));
    }

    [Fact]
    public void UserMenu_WhenOpened_ShowsProfileLink()
    {
        var popovers = RenderPopoverProvider();
        var user = SignInAsKakaoUser();
        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        cut.Find("[data-testid=user-menu]").Click();

        var profile = popovers.WaitForElement("[data-testid=menu-profile]");
        Assert.Equal("/profile", profile.GetAttribute("href"));
        Assert.Contains("Profile", profile.TextContent);
    }

    [Fact]
    public void UserMenu_WhenOpened_ShowsSessionsLink()
    {
        var popovers = RenderPopoverProvider();
        var user = SignInAsKakaoUser();
        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        cut.Find("[data-testid=user-menu]").Click();

        var sessions = popovers.WaitForElement("[data-testid=menu-sessions]");
        Assert.Equal("/sessions", sessions.GetAttribute("href"));
        Assert.Contains("Sessions", sessions.TextContent);
    }

    [Fact]
    public void UserMenu_HasAHiddenSignOutFormPostingWithAntiforgeryToken()
    {
        var user = SignInAsKakaoUser();

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        var form = cut.Find("form[data-testid=menu-sign-out-form]");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/sign-out", form.GetAttribute("action"));
        Assert.True(form.HasAttribute("hidden"));
        var token = form.QuerySelector($"input[type=hidden][name={AntiforgeryFieldName}]");
        Assert.NotNull(token);
        Assert.Equal(AntiforgeryTokenValue, token.GetAttribute("value"));
    }

    [Fact]
    public void UserMenu_SignOutIsAMenuItem_ThatSubmitsTheSignOutForm()
    {
        var popovers = RenderPopoverProvider();
        var user = SignInAsKakaoUser();
        var module = JSInterop.SetupModule("./js/forms.js");
        var submit = module.SetupVoid("submitForm", _ => true);
        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));
        cut.Find("[data-testid=user-menu]").Click();

        var item = popovers.WaitForElement("[data-testid=sign-out]");
        Assert.Contains("mud-menu-item", item.ClassList);
        Assert.Contains("Sign out", item.TextContent);
        item.Click();

        var call = submit.VerifyInvoke("submitForm");
        Assert.False(string.IsNullOrEmpty(Assert.IsType<ElementReference>(call.Arguments[0]).Id));
        Assert.Single(submit.Invocations);
    }

    [Fact]
    public void UserMenu_WhenOpenedWithEmail_ShowsNameAndEmailInHeader()
    {
        var popovers = RenderPopoverProvider();
        var user = SignInAsKakaoUser(email: "tester@kakao.com");
        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        cut.Find("[data-testid=user-menu]").Click();

        var header = popovers.WaitForElement(".user-menu-header");
        Assert.Contains(KakaoNickname, header.TextContent);
        Assert.Contains("tester@kakao.com", header.TextContent);
    }

    [Fact]
    public void UserMenu_WhenOpenedWithoutEmail_ShowsOnlyTheName()
    {
        var popovers = RenderPopoverProvider();
        var user = SignInAsKakaoUser(email: "");
        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        cut.Find("[data-testid=user-menu]").Click();

        var header = popovers.WaitForElement(".user-menu-header");
        Assert.Equal(KakaoNickname, header.TextContent.Trim());
        Assert.Single(header.Children);
    }

    [Fact]
    public void UserMenu_WithPicture_ShowsAvatarImage()
    {
        var user = SignInAsKakaoUser(picture: KakaoPicture);

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        Assert.Equal(KakaoPicture, cut.Find("[data-testid=user-menu] img").GetAttribute("src"));
    }

    [Fact]
    public void UserMenu_WithoutPicture_ShowsInitials()
    {
        var user = SignInAsKakaoUser();

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        Assert.Equal("카", cut.Find("[data-testid=user-menu] [data-testid=avatar-initials]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=user-menu] img"));
    }
}
