namespace BookstoreBlazor.Sessions;

/// <summary>The sessions page and the form posts that end sessions from it.</summary>
public static class SessionRoutes
{
    public const string Page = "/sessions";
    public const string RevokePattern = "/sessions/{id}/revoke";
    public const string RevokeOthers = "/sessions/revoke-others";

    public static string Revoke(string id) => $"/sessions/{Uri.EscapeDataString(id)}/revoke";
}
