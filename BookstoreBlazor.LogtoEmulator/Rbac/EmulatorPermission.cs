namespace BookstoreBlazor.LogtoEmulator.Rbac;

/// <summary>One permission a role grants: a scope of the API resource with this indicator.</summary>
public sealed record EmulatorPermission(string Resource, string Scope);
