using System.Globalization;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Clubs;

/// <summary>A change on a club page that club access can refuse.</summary>
public enum ClubChange
{
    Invite,
    EditList,
}

/// <summary>
/// The sentences the club pages share, in the reader's language, so each situation reads the same wherever it is met.
/// </summary>
public static class ClubTexts
{
    /// <summary>Why a directory answer has nothing to show; null when it has.</summary>
    public static string? Problem(this IStringLocalizer<ClubsText> text, DirectoryStatus status) => status switch
    {
        DirectoryStatus.Ok => null,
        DirectoryStatus.NotConfigured => text["DirectoryNotConfigured"].Value,
        _ => text["DirectoryUnavailable"].Value,
    };

    /// <summary>An organization role as people read it: the configured owner and member roles by name, any other as Logto spells it.</summary>
    public static string Role(this IStringLocalizer<ClubsText> text, string role, ClubOptions options) =>
        role == options.OwnerRole.Trim() ? text.Role(owner: true)
        : role == options.MemberRole.Trim() ? text.Role(owner: false)
        : role;

    public static string Role(this IStringLocalizer<ClubsText> text, bool owner) => text[owner ? "Role.Owner" : "Role.Member"];

    /// <summary>Why a change the user asked for was not made, after club access was asked again just before it.</summary>
    public static string Refusal(this IStringLocalizer<ClubsText> text, ClubAccess access, ClubChange change) => access.State switch
    {
        ClubAccessState.Granted => text[change == ClubChange.Invite ? "Refused.Invite" : "Refused.EditList"],
        ClubAccessState.NotAMember => text["Refused.NotAMember"],
        ClubAccessState.NeedsSignIn => text["Refused.NeedsSignIn"],
        ClubAccessState.SignedOut => text["Refused.SignedOut"],
        _ => text["Refused.Unavailable"],
    };

    /// <summary>"expires in 6 days": relative, since the server does not know the reader's time zone.</summary>
    public static string Expires(this IStringLocalizer<ClubsText> text, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var left = expiresAt - now;
        return left switch
        {
            { TotalMinutes: <= 0 } => text["Expired"],
            { TotalHours: < 1 } => text["ExpiresWithinTheHour"],
            // Rounded, not cut: an invitation sent a moment ago for 7 days still has 7 days, not 6.
            { TotalHours: < 23.5 } => Count(Rounded(left.TotalHours), "ExpiresInOneHour", "ExpiresInHours"),
            _ => Count(Rounded(left.TotalDays), "ExpiresInOneDay", "ExpiresInDays"),
        };

        static int Rounded(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

        string Count(int value, string one, string other) =>
            value == 1 ? text[one] : text[other, value.ToString("N0", CultureInfo.CurrentCulture)];
    }

    /// <summary>The exact moment for a tooltip, written the reader's way, in UTC (the server does not know their zone).</summary>
    public static string Exact(this IStringLocalizer<ClubsText> text, DateTimeOffset at) =>
        text["ExactTime", at.UtcDateTime.ToString("g", CultureInfo.CurrentCulture)];
}
