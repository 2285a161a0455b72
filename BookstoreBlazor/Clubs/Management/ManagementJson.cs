using System.Text.Json.Nodes;

namespace BookstoreBlazor.Clubs.Management;

/// <summary>An organization invitation as Logto's Management API returns it (the fields Bookstore uses).</summary>
internal sealed record LogtoInvitation(string Id, string OrganizationId, string Invitee, string Status, DateTimeOffset ExpiresAt,
    string? InviterId)
{
    /// <summary>Logto computes <c>Expired</c> on read; the expiry is checked here too, against this app's clock.</summary>
    public bool IsPendingAt(DateTimeOffset now) => Status == "Pending" && ExpiresAt > now;

    public bool IsFor(string email) => string.Equals(Invitee, email.Trim(), StringComparison.OrdinalIgnoreCase);

    public ClubInvitation ToClubInvitation(string clubName, string? inviterName) =>
        new(Id, OrganizationId, clubName, Invitee, ExpiresAt, inviterName);
}

/// <summary>Reads the Management API's camelCase JSON (epoch-millisecond times) into Bookstore's records; null for a malformed one.</summary>
internal static class ManagementJson
{
    public static ClubInfo? Club(JsonNode? node) =>
        String(node, "id") is { } id && String(node, "name") is { } name ? new ClubInfo(id, name, String(node, "description")) : null;

    /// <summary>A member's display name is their Logto name, else their username: never their email, which other members would see.</summary>
    public static ClubMember? Member(JsonNode? node) =>
        String(node, "id") is { } id
            ? new ClubMember(id, DisplayName(node) ?? "Member", Avatar(String(node, "avatar")),
                [.. (node!["organizationRoles"] as JsonArray ?? []).Select(role => String(role, "name")).OfType<string>()])
            : null;

    public static string? DisplayName(JsonNode? user) =>
        String(user, "name") is { Length: > 0 } name ? name : String(user, "username") is { Length: > 0 } username ? username : null;

    public static LogtoInvitation? Invitation(JsonNode? node) =>
        String(node, "id") is { } id && String(node, "organizationId") is { } organizationId && String(node, "invitee") is { } invitee &&
        String(node, "status") is { } status && node!["expiresAt"] is JsonValue expiresAt && expiresAt.TryGetValue<long>(out var ms)
            ? new LogtoInvitation(id, organizationId, invitee, status, DateTimeOffset.FromUnixTimeMilliseconds(ms), String(node, "inviterId"))
            : null;

    public static IEnumerable<JsonNode?> Items(JsonNode? body) => body as JsonArray ?? [];

    public static string? String(JsonNode? node, string name) =>
        node is JsonObject entity && entity[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Only a web address goes into an image's <c>src</c>.</summary>
    private static string? Avatar(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
