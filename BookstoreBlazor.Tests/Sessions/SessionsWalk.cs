using AngleSharp.Html.Parser;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Sessions;

/// <summary>A session as the sessions page shows it.</summary>
public sealed record SessionRowView(string Id, bool IsCurrent, string Device, string Ip);

/// <summary>
/// Any number of <see cref="HttpBrowser"/>s (each its own cookies, so its own session) walking one environment's
/// sessions page: sign in, read the rows, post the page's forms.
/// </summary>
public static class SessionsWalk
{
    public const string SignedIn = "You are signed in with Logto.";
    public const string RevokeOthers = "/sessions/revoke-others";

    public static string Revoke(string id) => $"/sessions/{id}/revoke";

    public static async Task<BrowserPage> SignInWithKakaoAsync(this HttpBrowser browser, EmulatorEnvironment env, KakaoAccount account)
    {
        var consent = await browser.GoAsync(new Uri(env.AppBase, "/sign-in/kakao"));
        Assert.Equal(EmulatorEnvironment.KakaoConsentPath, consent.Uri.AbsolutePath);
        var home = await browser.SubmitAsync(consent, new Dictionary<string, string?>
        {
            ["account"] = account.Id.ToString(),
            ["decision"] = "agree",
            ["share_email"] = "true",
        });
        Assert.Equal(SignedIn, home.Text("auth-state"));
        return home;
    }

    /// <summary>A second browser (a phone) signed in as the same Kakao user as the environment's own, and its session id.</summary>
    public static async Task<(HttpBrowser Phone, string PhoneId)> SignInPhoneTooAsync(EmulatorEnvironment env)
    {
        var phone = new HttpBrowser();
        await env.Browser.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        await phone.SignInWithKakaoAsync(env, KakaoAccount.Tester);
        return (phone, await phone.CurrentSessionIdAsync(env));
    }

    /// <summary>Presses <em>Sign out</em> on session <paramref name="id"/>'s row of this browser's sessions page.</summary>
    public static async Task<BrowserPage> SignOutSessionAsync(this HttpBrowser browser, EmulatorEnvironment env, string id) =>
        await browser.SubmitAsync(await browser.OpenSessionsAsync(env), action: Revoke(id));

    public static Task<BrowserPage> OpenSessionsAsync(this HttpBrowser browser, EmulatorEnvironment env) =>
        browser.GoAsync(new Uri(env.AppBase, "/sessions"));

    /// <summary>Whether the app sees this browser as signed in on its next request (home says so).</summary>
    public static async Task<bool> IsSignedInAsync(this HttpBrowser browser, EmulatorEnvironment env) =>
        (await browser.GoAsync(new Uri(env.AppBase, "/"))).Text("auth-state") == SignedIn;

    /// <summary>This browser's own session id, as its sessions page marks it.</summary>
    public static async Task<string> CurrentSessionIdAsync(this HttpBrowser browser, EmulatorEnvironment env) =>
        Rows(await browser.OpenSessionsAsync(env)).Single(r => r.IsCurrent).Id;

    /// <summary>A valid antiforgery token for this browser's user, from the sign-out confirmation's form.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> AntiforgeryFieldsAsync(this HttpBrowser browser, EmulatorEnvironment env) =>
        (await browser.GoAsync(new Uri(env.AppBase, "/sign-out"))).Form("/sign-out").Fields;

    /// <summary>Posts these form fields without following the answer, so a test sees the status and Location.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpBrowser browser, EmulatorEnvironment env, string path,
        IReadOnlyDictionary<string, string?> fields) =>
        browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(env.AppBase, path))
        {
            Content = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => KeyValuePair.Create(f.Key, f.Value!))),
        });

    public static IReadOnlyList<SessionRowView> Rows(BrowserPage page) =>
        new HtmlParser().ParseDocument(page.Html).QuerySelectorAll("[data-testid=session-row]")
            .Select(row => new SessionRowView(
                row.GetAttribute("data-session-id")!,
                row.QuerySelector("[data-testid=this-device]") is not null,
                row.QuerySelector("[data-testid=session-device]")!.TextContent.Trim(),
                row.QuerySelector("[data-testid=session-ip]")!.TextContent.Trim()))
            .ToList();
}
