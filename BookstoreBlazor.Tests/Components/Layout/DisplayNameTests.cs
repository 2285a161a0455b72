using System.Security.Claims;
using BookstoreBlazor.Components.Layout;
using Bunit;
using static BookstoreBlazor.Authentication.LogtoClaimTypes;

namespace BookstoreBlazor.Tests.Components.Layout;

/// <summary>Which claim names the user in the app bar: name, else username, else email, else sub.</summary>
public class DisplayNameTests : BookstoreTestContext
{
    private string DisplayNameFor(params Claim[] claims)
    {
        var user = SignInAs(claims);
        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));
        return cut.Find("[data-testid=user-menu] .user-menu-name").TextContent;
    }

    [Fact]
    public void DisplayName_PrefersName()
    {
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Name, "Kim Minsu"), new(Username, "minsu"), new(Email, "minsu@example.com"));

        Assert.Equal("Kim Minsu", shown);
    }

    [Fact]
    public void DisplayName_WithoutName_UsesUsername()
    {
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Username, "minsu"), new(Email, "minsu@example.com"));

        Assert.Equal("minsu", shown);
    }

    [Fact]
    public void DisplayName_WithoutNameOrUsername_UsesEmail()
    {
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Email, "minsu@example.com"));

        Assert.Equal("minsu@example.com", shown);
    }

    [Fact]
    public void DisplayName_WithOnlySub_UsesSub()
    {
        var shown = DisplayNameFor(new Claim(Subject, "sub-1"));

        Assert.Equal("sub-1", shown);
    }

    [Fact]
    public void DisplayName_TreatsEmptyClaimsAsAbsent()
    {
        // Logto sends null claims (a Kakao user's name or username) as empty strings.
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Name, ""), new(Username, "  "), new(Email, "minsu@example.com"));

        Assert.Equal("minsu@example.com", shown);
    }

    [Theory]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u202E\u2060")]
    [InlineData("\u0301")]
    public void DisplayName_SkipsANameThatDrawsNothing(string invisible)
    {
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Name, invisible), new(Username, invisible), new(Email, "minsu@example.com"));

        Assert.Equal("minsu@example.com", shown);
    }

    [Theory]
    [InlineData("카카오\u200B테스터")]
    [InlineData("👩\u200D💻 Minsu")]
    [InlineData("\u202EusniM")]
    [InlineData("שלום")]
    public void DisplayName_KeepsRealTextAsGiven(string name)
    {
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Name, name));

        Assert.Equal(name, shown);
    }

    [Fact]
    public void DisplayName_IsIsolatedFromTheTextAroundIt()
    {
        var user = SignInAs(new(Subject, "sub-1"), new(Name, "\u202EusniM"));

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        Assert.Equal("BDI", cut.Find("[data-testid=user-menu] .user-menu-name").TagName);
    }

    [Fact]
    public void DisplayName_WithAllClaimsEmpty_FallsBackToSub()
    {
        var shown = DisplayNameFor(new(Subject, "sub-1"), new(Name, ""), new(Username, ""), new(Email, ""));

        Assert.Equal("sub-1", shown);
    }

    [Fact]
    public void DisplayName_WithNoClaims_SaysSignedInUser()
    {
        var shown = DisplayNameFor();

        Assert.Equal("Signed-in user", shown);
    }
}
