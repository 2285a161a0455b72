using System.Globalization;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Sessions;

/// <summary>
/// "2 minutes ago" ("2분 전", "2分前") for people, and the exact time for a tooltip and the <c>datetime</c> attribute.
/// Times are UTC: the session store writes only UTC, though the database hands them back without a kind.
/// </summary>
public static class RelativeTime
{
    public static string Ago(DateTime then, DateTimeOffset now, IStringLocalizer<SessionsText> text)
    {
        // Instances' clocks drift a little; a moment in the "future" is still just now.
        var elapsed = now.UtcDateTime - then;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => text["JustNow"],
            { TotalHours: < 1 } => Count(text, (int)elapsed.TotalMinutes, "MinutesAgo"),
            { TotalDays: < 1 } => Count(text, (int)elapsed.TotalHours, "HoursAgo"),
            { TotalDays: < 30 } => Count(text, (int)elapsed.TotalDays, "DaysAgo"),
            { TotalDays: < 365 } => Count(text, (int)(elapsed.TotalDays / 30), "MonthsAgo"),
            _ => Count(text, (int)(elapsed.TotalDays / 365), "YearsAgo"),
        };
    }

    /// <summary>The full date and time in the reader's language, marked UTC: the server does not know their time zone.</summary>
    public static string Exact(DateTime then, IStringLocalizer<SessionsText> text) =>
        text["ExactTime", then.ToString("F", CultureInfo.CurrentCulture)];

    public static string Iso(DateTime then) => then.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // English needs "1 minute" and "2 minutes"; Korean and Japanese use one form, which their resources repeat.
    private static string Count(IStringLocalizer<SessionsText> text, int value, string unit) =>
        text[unit + (value == 1 ? "One" : "Other"), value.ToString("N0", CultureInfo.CurrentCulture)];
}
