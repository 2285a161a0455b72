using System.Globalization;

namespace BookstoreBlazor.Catalog;

/// <summary>Prices as a Korean shop writes them: the won sign and thousands separators, no minor unit (₩12,000).</summary>
public static class PriceText
{
    public static string Won(int price) => "₩" + price.ToString("#,0", CultureInfo.InvariantCulture);
}
