using System.Security.Claims;
using BookstoreBlazor.Sessions;
using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>
/// The auth cookie is decrypted once per minute per cookie, not on every request; what did not decrypt is never
/// remembered, so a tampered cookie is refused every time.
/// </summary>
public sealed class DecryptedCookiesTests
{
    private readonly CountingFormat _format = new();

    [Fact]
    public void TheSameCookie_IsDecryptedOnce_AndGivesTheSameTicket()
    {
        var cookies = new DecryptedCookies(_format);
        var cookie = _format.Protect(Ticket("key-1"));

        var first = cookies.Unprotect(cookie);
        var second = cookies.Unprotect(cookie);

        Assert.Equal(1, _format.Unprotects);
        Assert.Same(first, second);
        Assert.Equal("key-1", first!.Principal.FindFirst("key")!.Value);
    }

    [Fact]
    public void DifferentCookies_AreEachDecrypted()
    {
        var cookies = new DecryptedCookies(_format);

        var one = cookies.Unprotect(_format.Protect(Ticket("key-1")));
        var two = cookies.Unprotect(_format.Protect(Ticket("key-2")));

        Assert.Equal(2, _format.Unprotects);
        Assert.Equal("key-1", one!.Principal.FindFirst("key")!.Value);
        Assert.Equal("key-2", two!.Principal.FindFirst("key")!.Value);
    }

    [Fact]
    public void ACookieThatDoesNotDecrypt_IsRefusedEveryTime_NeverRemembered()
    {
        var cookies = new DecryptedCookies(_format);
        var tampered = _format.Protect(Ticket("key-1")) + "x";

        Assert.Null(cookies.Unprotect(tampered));
        Assert.Null(cookies.Unprotect(tampered));
        Assert.Null(cookies.Unprotect(null));
        Assert.Equal(2, _format.Unprotects);
    }

    [Fact]
    public void ACookieBoundToAPurpose_IsDecryptedEveryTime()
    {
        var cookies = new DecryptedCookies(_format);
        var cookie = _format.Protect(Ticket("key-1"));

        cookies.Unprotect(cookie, "tls-binding");
        cookies.Unprotect(cookie, "tls-binding");

        Assert.Equal(2, _format.Unprotects);
    }

    [Fact]
    public void Protecting_IsLeftToTheFormat()
    {
        var cookies = new DecryptedCookies(_format);

        Assert.Equal(_format.Protect(Ticket("key-1")), cookies.Protect(Ticket("key-1")));
    }

    private static AuthenticationTicket Ticket(string key) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim("key", key)], "test")), "test");

    /// <summary>A format whose "encryption" is the key itself behind a marker; counts the decryptions asked of it.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        private const string Marker = "sealed:";

        public int Unprotects { get; private set; }

        public string Protect(AuthenticationTicket data) => Marker + data.Principal.FindFirst("key")!.Value;

        public string Protect(AuthenticationTicket data, string? purpose) => Protect(data);

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            if (protectedText is null)
                return null;

            Unprotects++;
            return protectedText.StartsWith(Marker, StringComparison.Ordinal) && !protectedText.EndsWith('x') ? Ticket(protectedText[Marker.Length..]) : null;
        }
    }
}
