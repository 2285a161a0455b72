using System.Globalization;

namespace BookstoreBlazor.Catalog;

/// <summary>Prices as a Korean shop writes them: the won sign and thousands separators, no minor unit (₩12,000).</summary>
public static class PriceText
{
    // Prices are in won whatever the reader's language; only the digits follow the culture.
    public static string Won(int price) => "₩" + price.ToString("#,0", CultureInfo.CurrentCulture);
}
