using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Faults;

/// <summary>What every test of a session database outage expects of the 503 page.</summary>
internal static class SessionStoreOutagePage
{
    public const string Title = "Bookstore cannot reach its session store right now";

    public static void AssertShown(BrowserPage page, string text, string retryUrl)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal(Title, page.Text("status-title"));
        Assert.Equal(text, page.Text("status-text"));
        Assert.Contains($"href=\"{retryUrl}\"", page.Html);
        AssertNoDetail(page.Html);
        // Whether anyone is signed in cannot be known, so the page claims neither.
        Assert.False(page.Has("user-menu"));
        Assert.False(page.Has("sign-in"));
    }

    /// <summary>A raw response (status, headers) of a page load during the outage.</summary>
    public static async Task AssertResponseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(Title), html);
        AssertNoDetail(html);
    }

    public const string PageText = "Nothing was lost. If you were signed in, you still are. Try again in a minute.";
    public const string SignInText = "Nothing was lost. Your sign-in could not be saved, so you are not signed in yet: sign in again in a minute.";
    public const string SignOutText = "Nothing was lost. You have not been signed out yet: try signing out again in a minute.";

    private static void AssertNoDetail(string html)
    {
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("SQLite", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Npgsql", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A navigation's GET with this browser's cookies, not following redirects.</summary>
    public static Task<HttpResponseMessage> LoadAsync(EmulatorEnvironment env, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(env.AppBase, path));
        return env.Browser.SendAsync(request);
    }

    public static async Task<HttpStatusCode> ReadinessAsync(EmulatorEnvironment env)
    {
        using var response = await LoadAsync(env, "/health/ready");
        return response.StatusCode;
    }
}
