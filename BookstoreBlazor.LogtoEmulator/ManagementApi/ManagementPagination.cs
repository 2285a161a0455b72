using System.Globalization;
using System.Text.Json.Nodes;

namespace BookstoreBlazor.LogtoEmulator.ManagementApi;

/// <summary>
/// Logto's koa-pagination for list routes: <c>page</c> from 1, <c>page_size</c> default 20 and at most 100, the total in
/// <c>Total-Number</c>; and its <c>q</c> search, a case-insensitive substring of any searched field.
/// </summary>
internal static class ManagementPagination
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    public static IResult Page(HttpContext context, IEnumerable<JsonNode> items, int? page, int? pageSize)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            return ManagementErrors.InvalidPagination();
        }

        var all = items.ToArray();
        var size = pageSize ?? DefaultPageSize;
        context.Response.Headers["Total-Number"] = all.Length.ToString(CultureInfo.InvariantCulture);
        return ManagementJson.Write(ManagementJson.Array(all.Skip(((page ?? 1) - 1) * size).Take(size)));
    }

    public static bool Matches(string? q, params string?[] fields) =>
        string.IsNullOrEmpty(q) || fields.Any(field => field?.Contains(q, StringComparison.OrdinalIgnoreCase) == true);
}
