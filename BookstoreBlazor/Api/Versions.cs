using Microsoft.Net.Http.Headers;

namespace BookstoreBlazor.Api;

/// <summary>
/// A resource's <c>Version</c> as an entity tag: GET answers <c>ETag: "3"</c>, and a write that sends
/// <c>If-Match: "3"</c> is refused with 412 when someone changed it since, instead of overwriting their change.
/// </summary>
internal static class Versions
{
    public static string Tag(int version) => $"\"{version}\"";

    /// <summary>The version the caller claims to have seen; null when they sent no (or <c>*</c>) If-Match.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out int? version)
    {
        version = null;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
            return true;
        if (!EntityTagHeaderValue.TryParse(header, out var tag) || tag.IsWeak || !int.TryParse(tag.Tag.AsSpan().Trim('"'), out var parsed))
            return false;
        version = parsed;
        return true;
    }
}
