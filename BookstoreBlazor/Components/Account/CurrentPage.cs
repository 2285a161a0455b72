using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Components.Account;

/// <summary>Builds sign-in links that bring the user back to the page they are on.</summary>
public static class CurrentPage
{
    // Pages that only make sense once: coming back to them after signing in would be confusing.
    private static readonly string[] NotWorthReturningTo =
        [LogtoRoutes.SignInFailed, LogtoRoutes.SignOut, "/status", "/not-found"];

    public static string ReturnUrl(NavigationManager navigation)
    {
        var here = Here(navigation);
        return NotWorthReturningTo.Any(p => here.StartsWith(p, StringComparison.OrdinalIgnoreCase)) ? LocalReturnUrl.Home : here;
    }

    /// <summary>This page as a local address, without a one-time notice (which was already shown).</summary>
    public static string Here(NavigationManager navigation)
    {
        var current = navigation.GetUriWithQueryParameter(BookstoreNotices.Parameter, (string?)null);
        return LocalReturnUrl.Sanitize("/" + navigation.ToBaseRelativePath(current));
    }

    /// <summary>
    /// This page as the browser asked for it, for controls that reload it (language, dark mode). On a status page
    /// (present in <paramref name="context"/> only while rendering statically) that is the original address.
    /// </summary>
    public static string Reloadable(NavigationManager navigation, HttpContext? context)
    {
        if (context?.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
            return LocalReturnUrl.Sanitize(reExecuted.OriginalPath + reExecuted.OriginalQueryString);

        var here = Here(navigation);
        // The failure page's link can come from anyone: its reload keeps only the reason, and only in our own words,
        // so no text planted in the link is written back into the page, even encoded inside an address.
        if (!here.StartsWith(LogtoRoutes.SignInFailed, StringComparison.OrdinalIgnoreCase))
            return here;
        var given = QueryHelpers.ParseQuery(new Uri(navigation.Uri).Query).GetValueOrDefault(SignInFailureReasons.Parameter);
        return QueryHelpers.AddQueryString(LogtoRoutes.SignInFailed, SignInFailureReasons.Parameter,
            SignInFailureReasons.Normalize(given.Count > 0 ? given.ToString() : null));
    }

    public static string Link(string route, string returnUrl) =>
        returnUrl == LocalReturnUrl.Home
            ? route
            : QueryHelpers.AddQueryString(route, LogtoRoutes.ReturnUrlParameter, returnUrl);
}
