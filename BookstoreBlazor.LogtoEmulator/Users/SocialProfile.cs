using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.Users;

/// <summary>What a social connector hands Logto: its user id, the mapped fields and the provider's raw answer.</summary>
public sealed record SocialProfile(string Id, string? Name, string? Email, string? Avatar, JsonObject RawData)
{
    /// <summary>Logto's <c>identities.{target}.details</c>; fields the connector did not map are left out.</summary>
    public JsonObject ToDetails()
    {
        var details = new JsonObject { ["id"] = Id };
        if (Name is not null) details["name"] = Name;
        if (Email is not null) details["email"] = Email;
        if (Avatar is not null) details["avatar"] = Avatar;
        details["rawData"] = RawData.DeepClone();
        return details;
    }
}
