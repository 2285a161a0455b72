using System.Net;
using BookstoreBlazor.LogtoEmulator.Kakao;

namespace Bookstore.Benchmarks.Http;

/// <summary>"Continue with Kakao": the app's challenge, Logto, Kakao's consent (agree, share email), the callback, <c>/</c>.</summary>
public static class KakaoSignIn
{
    public const string ConsentPath = "/kakao/oauth/authorize";

    /// <summary>Returns the signed-in home page; throws when the walk ends anywhere else.</summary>
    public static async Task<BenchPage> RunAsync(BenchBrowser browser, Uri app, KakaoAccount account, CancellationToken cancellationToken = default)
    {
        var consent = await browser.GoAsync(new Uri(app, "/sign-in/kakao"), cancellationToken);
        if (consent.Uri.AbsolutePath != ConsentPath)
            throw new InvalidOperationException($"Expected Kakao's consent page, got {consent}.");

        var home = await browser.SubmitAsync(consent, new Dictionary<string, string>
        {
            ["account"] = account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["decision"] = "agree",
            ["share_email"] = "true",
        }, cancellationToken);
        if (!IsSignedInHome(home, app))
            throw new InvalidOperationException($"Expected the signed-in home page, got {home}.");
        return home;
    }

    /// <summary>The home page greets a signed-in user; signed out it says so instead.</summary>
    public static bool IsSignedInHome(BenchPage page, Uri app) =>
        page.Status == HttpStatusCode.OK && page.Uri.Authority == app.Authority && page.Uri.AbsolutePath == "/"
        && page.Html.Contains("data-testid=\"greeting\"", StringComparison.Ordinal);
}
