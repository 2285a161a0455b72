using System.Globalization;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>How the admin pages write values out.</summary>
internal static class AdminText
{
    /// <summary>Won have no minor unit, so a price is a whole number with thousands separators.</summary>
    public static string Price(int won) => "₩" + won.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>What the catalogue says when no admin has changed a book since it came from <c>books.json</c>.</summary>
    public const string SeedEditor = "catalogue seed";
}
