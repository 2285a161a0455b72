using System.Security.Claims;
using BookstoreBlazor.Authentication;

namespace BookstoreBlazor.Tests.Authentication;

/// <summary>Reading linked social accounts back from the principal's claims.</summary>
public sealed class LinkedIdentityClaimsTests
{
    private static ClaimsPrincipal UserWith(params string[] values) =>
        new(new ClaimsIdentity(
            values.Select(v => new Claim(LogtoClaimTypes.LinkedIdentity, v)).Prepend(new Claim(LogtoClaimTypes.Subject, "sub-1")),
            "Logto"));

    [Fact]
    public void GetLinkedIdentities_ReadsEveryField()
    {
        var user = UserWith("""{"provider":"kakao","userId":"4242424242","name":"카카오테스터","email":"kakao.tester@example.com"}""");

        var identity = Assert.Single(user.GetLinkedIdentities());

        Assert.Equal(new LinkedIdentity("kakao", "4242424242", "카카오테스터", "kakao.tester@example.com"), identity);
    }

    [Fact]
    public void GetLinkedIdentities_WithoutNameOrEmail_LeavesThemNull()
    {
        var identity = Assert.Single(UserWith("""{"provider":"kakao","userId":"4242424242"}""").GetLinkedIdentities());

        Assert.Null(identity.Name);
        Assert.Null(identity.Email);
    }

    [Fact]
    public void GetLinkedIdentities_KeepsTheClaimsOrder()
    {
        var user = UserWith("""{"provider":"kakao","userId":"1"}""", """{"provider":"google","userId":"2"}""");

        Assert.Equal(["kakao", "google"], user.GetLinkedIdentities().Select(i => i.Provider));
    }

    [Fact]
    public void GetLinkedIdentities_WithoutClaims_IsEmpty()
    {
        Assert.Empty(UserWith().GetLinkedIdentities());
        Assert.Empty(new ClaimsPrincipal(new ClaimsIdentity()).GetLinkedIdentities());
    }

    [Theory]
    [InlineData("")]
    [InlineData("kakao")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"kakao\"")]
    [InlineData("42")]
    [InlineData("""{"provider":"kakao"}""")]
    [InlineData("""{"userId":"4242424242"}""")]
    [InlineData("""{"provider":"","userId":"4242424242"}""")]
    [InlineData("""{"provider":"kakao","userId":" "}""")]
    [InlineData("""{"provider":"kakao","userId":4242424242}""")]
    [InlineData("""{"provider":"kakao","userId":"1","name":{"first":"a"}}""")]
    [InlineData("""{"provider":"kakao","userId":"1","email":["a@example.com"]}""")]
    public void GetLinkedIdentities_SkipsMalformedValues_AndKeepsTheRest(string malformed)
    {
        var user = UserWith(malformed, """{"provider":"kakao","userId":"4242424242"}""");

        var identity = Assert.Single(user.GetLinkedIdentities());

        Assert.Equal("4242424242", identity.UserId);
    }

    [Fact]
    public void WhatTheClaimActionWrites_ReadsBackUnchanged()
    {
        var original = new LinkedIdentity("kakao", "4242424242", "\"따옴표\" <b>&", "kakao.tester@example.com");

        var read = Assert.Single(UserWith(LinkedIdentityClaimValue.Format(original)).GetLinkedIdentities());

        Assert.Equal(original, read);
    }
}
