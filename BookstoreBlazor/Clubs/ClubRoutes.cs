namespace BookstoreBlazor.Clubs;

/// <summary>The book clubs' pages (their <c>@page</c> directives must say the same).</summary>
public static class ClubRoutes
{
    public const string Clubs = "/clubs";

    /// <summary>The signed-in user's pending invitations. A literal segment, so the router prefers it to a club's page.</summary>
    public const string Invitations = "/clubs/invitations";

    public static string Club(string clubId) => $"{Clubs}/{Uri.EscapeDataString(clubId)}";
}
