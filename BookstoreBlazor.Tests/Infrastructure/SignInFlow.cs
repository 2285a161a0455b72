using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Walks a browser through the app and the fake Logto, one redirect at a time.</summary>
public static partial class SignInFlow
{
    private static readonly HttpClient LogtoBrowser = new(new HttpClientHandler { AllowAutoRedirect = false });

    /// <summary>Starts at <paramref name="path"/> on the app and returns the app's response to the callback.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient app, string path = "/sign-in") =>
        await app.GetAsync(await AuthorizeAsync(app, path));

    /// <summary>Goes from <paramref name="path"/> through Logto's authorize endpoint; returns the callback it sends back.</summary>
    public static async Task<string> AuthorizeAsync(HttpClient app, string path = "/sign-in")
    {
        var challenge = await app.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var callback = await LogtoBrowser.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        return callback.Headers.Location!.PathAndQuery;
    }

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient app)
    {
        var token = await AntiforgeryTokenAsync(app, "/sign-out");
        return await app.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    /// <summary>Follows a redirect to the fake Logto and back to the app.</summary>
    public static async Task<HttpResponseMessage> FollowThroughLogtoAsync(HttpClient app, HttpResponseMessage response)
    {
        var logto = await LogtoBrowser.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, logto.StatusCode);
        return await app.GetAsync(logto.Headers.Location!.PathAndQuery);
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient app, string page)
    {
        var html = await app.GetStringAsync(page);
        return AntiforgeryInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}");
    }

    public static Dictionary<string, string> Query(Uri? uri) =>
        QueryHelpers.ParseQuery(uri!.Query).ToDictionary(q => q.Key, q => q.Value.ToString());

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
