using System.Globalization;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;

namespace BookstoreBlazor.Components.Pages.Clubs;

/// <summary>The sentences the club pages share, so each situation reads the same wherever it is met.</summary>
public static class ClubTexts
{
    public const string DirectoryNotConfigured =
        "Bookstore is not connected to Logto's Management API (the Logto:Management settings), so it cannot show this.";

    public const string DirectoryUnavailable = "Logto could not be asked just now. Reload the page to try again.";

    public const string InvitationsNotConfigured =
        "Invitations need Logto's Management API: set Logto:Management:AppId and Logto:Management:AppSecret to a " +
        "machine-to-machine app with access to it. The rest of the club works without them.";

    /// <summary>Why a directory answer has nothing to show; null when it has.</summary>
    public static string? Problem(DirectoryStatus status) => status switch
    {
        DirectoryStatus.Ok => null,
        DirectoryStatus.NotConfigured => DirectoryNotConfigured,
        _ => DirectoryUnavailable,
    };

    /// <summary>An organization role as people read it: the configured owner and member roles by name, any other as Logto spells it.</summary>
    public static string Role(string role, ClubOptions options) =>
        role == options.OwnerRole.Trim() ? "Owner"
        : role == options.MemberRole.Trim() ? "Member"
        : role;

    /// <summary>Why a change the user asked for was not made, after club access was asked again just before it.</summary>
    public static string Refusal(ClubAccess access, string change) => access.State switch
    {
        ClubAccessState.Granted => $"Your role in this club no longer lets you {change}, so nothing was changed.",
        ClubAccessState.NotAMember => "You are no longer a member of this club, so nothing was changed.",
        ClubAccessState.NeedsSignIn => "Sign in again to use clubs; nothing was changed.",
        ClubAccessState.SignedOut => "Your session has ended, so nothing was changed. Sign in again to continue.",
        _ => "Logto could not confirm your access to this club just now, so nothing was changed. Try again in a moment.",
    };

    /// <summary>"expires in 6 days": relative, since the server does not know the reader's time zone.</summary>
    public static string Expires(DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var left = expiresAt - now;
        return left switch
        {
            { TotalMinutes: <= 0 } => "expired",
            { TotalHours: < 1 } => "expires within the hour",
            // Rounded, not cut: an invitation sent a moment ago for 7 days still has 7 days, not 6.
            { TotalHours: < 23.5 } => Count(Rounded(left.TotalHours), "hour"),
            _ => Count(Rounded(left.TotalDays), "day"),
        };

        static int Rounded(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

        static string Count(int value, string unit) => value == 1 ? $"expires in 1 {unit}" : $"expires in {value} {unit}s";
    }

    public static string Exact(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
