using BookstoreBlazor.Authentication;
using Microsoft.AspNetCore.Components;
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

    public static string Link(string route, string returnUrl) =>
        returnUrl == LocalReturnUrl.Home
            ? route
            : QueryHelpers.AddQueryString(route, LogtoRoutes.ReturnUrlParameter, returnUrl);
}
