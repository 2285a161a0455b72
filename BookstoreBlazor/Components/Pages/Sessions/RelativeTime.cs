using System.Globalization;

namespace BookstoreBlazor.Components.Pages.Sessions;

/// <summary>
/// "2 minutes ago" for people, and the exact time for a tooltip and the <c>datetime</c> attribute. Times are UTC: the
/// session store writes only UTC, though the database hands them back without a kind.
/// </summary>
public static class RelativeTime
{
    public static string Ago(DateTime then, DateTimeOffset now)
    {
        // Instances' clocks drift a little; a moment in the "future" is still just now.
        var elapsed = now.UtcDateTime - then;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Count((int)elapsed.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Count((int)elapsed.TotalHours, "hour"),
            { TotalDays: < 30 } => Count((int)elapsed.TotalDays, "day"),
            { TotalDays: < 365 } => Count((int)(elapsed.TotalDays / 30), "month"),
            _ => Count((int)(elapsed.TotalDays / 365), "year"),
        };
    }

    public static string Exact(DateTime then) => then.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Iso(DateTime then) => then.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Count(int value, string unit) => value == 1 ? $"1 {unit} ago" : $"{value} {unit}s ago";
}
