namespace BookstoreBlazor.Authentication;

/// <summary>A social account (e.g. Kakao) linked to the Logto user. <see cref="Provider"/> is the connector target.</summary>
public sealed record LinkedIdentity(string Provider, string UserId, string? Name, string? Email);
