namespace BookstoreBlazor.LogtoEmulator.Organizations;

/// <summary>A Logto organization (here, a book club): a 12-character id like Logto's, a name and an optional description.</summary>
public sealed record EmulatorOrganization(string Id, string Name, string? Description, DateTimeOffset CreatedAt);
