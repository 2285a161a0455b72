using BookstoreBlazor.Components.Account;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Account;

public class SignOutFormTests : BookstoreTestContext
{
    [Fact]
    public void SignOutForm_PostsToSignOut()
    {
        var cut = Render<SignOutForm>();

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/sign-out", form.GetAttribute("action"));
    }

    [Fact]
    public void SignOutForm_ContainsAntiforgeryToken()
    {
        var cut = Render<SignOutForm>();

        var token = cut.Find($"form input[type=hidden][name={AntiforgeryFieldName}]");
        Assert.Equal(AntiforgeryTokenValue, token.GetAttribute("value"));
    }

    [Fact]
    public void SignOutForm_HasSubmitButton()
    {
        var cut = Render<SignOutForm>();

        var button = cut.Find("form button[data-testid=sign-out]");
        Assert.Equal("submit", button.GetAttribute("type"));
        Assert.Contains("Sign out", button.TextContent);
    }
}
