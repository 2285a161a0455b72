namespace BookstoreBlazor.Sessions;

public static class SessionClaimTypes
{
    /// <summary>The stored session's id (the key's hash), added to the principal kept on the server.</summary>
    public const string SessionId = "bookstore:session";
}
