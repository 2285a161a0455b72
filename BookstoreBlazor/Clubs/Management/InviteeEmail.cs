using System.Net.Mail;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>
/// An address worth sending to Logto: one plain address (no display name, no spaces) with a dotted domain, as Logto's
/// own email guard (<c>\S+@\S+\.\S+</c>) requires, at most 254 characters (RFC 5321's path limit).
/// </summary>
internal static class InviteeEmail
{
    public const int MaxLength = 254;

    public static string? Normalize(string? input)
    {
        var email = input?.Trim();
        if (email is not { Length: > 0 and <= MaxLength } || email.Any(char.IsWhiteSpace) ||
            !MailAddress.TryCreate(email, out var address) || address.Address != email || address.DisplayName.Length > 0)
            return null;

        var host = address.Host;
        return host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.') ? email : null;
    }
}
