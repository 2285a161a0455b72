using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace BookstoreBlazor.Sessions;

/// <summary>
/// The auth cookie's format, remembering for a minute what each cookie decrypted to: a browser sends the same cookie
/// with every request, and decrypting it (the key ring's authenticated encryption) was most of the cost of signing a
/// page request in. With server-side sessions the cookie holds only the session key, and every request still looks the
/// session up through <see cref="ServerSideTicketStore"/> (gone list, cache, database): an ended session is refused
/// exactly as before.
/// </summary>
/// <remarks>
/// The same text always decrypts to the same ticket (a key the ring revokes counts once the ring refreshes, which is
/// far less often than a minute), so remembering it changes no answer. Only cookies that decrypted
/// are remembered, so a forged or tampered one is decrypted (and refused) every time, and only a cookie this app issued
/// can take a place. The handler only reads the session key of the ticket handed back; nothing changes it.
/// </remarks>
internal sealed class DecryptedCookies(ISecureDataFormat<AuthenticationTicket> format) : ISecureDataFormat<AuthenticationTicket>
{
    // Enough for the signed-in browsers of a busy instance; past it, a cookie is decrypted on each request as before.
    private const int Capacity = 10_000;

    private static readonly TimeSpan RememberedFor = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public string Protect(AuthenticationTicket data) => format.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => format.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        // A purpose (a TLS token binding) makes the text decrypt differently per connection: not remembered.
        if (protectedText is null || purpose is not null)
            return format.Unprotect(protectedText, purpose);

        if (_tickets.TryGetValue(protectedText, out AuthenticationTicket? remembered))
            return remembered;

        var ticket = format.Unprotect(protectedText);
        if (ticket is not null)
            _tickets.Set(protectedText, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberedFor });
        return ticket;
    }
}
