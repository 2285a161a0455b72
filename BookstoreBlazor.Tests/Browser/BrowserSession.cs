using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>Bookstore and the Logto emulator on real Kestrel ports, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private IBrowser? _browser;

    public required EmulatorEnvironment Environment { get; init; }
    public LogtoEmulatorHost Logto => Environment.Logto;
    public required string BaseUrl { get; init; }
    public IPage Page { get; private set; } = default!;

    public static async Task<BrowserSession> StartAsync(IDictionary<string, string?>? settings = null,
        LogtoEmulatorOptions? logto = null)
    {
        var environment = await EmulatorEnvironment.StartAsync(logto, settings);
        var session = new BrowserSession { Environment = environment, BaseUrl = environment.AppBase.AbsoluteUri.TrimEnd('/') };

        session._browser = await SharedChromium.GetAsync();
        session.Page = await session._browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        session._contexts.Add(session.Page.Context);
        BePatient(session.Page.Context);
        return session;
    }

    /// <summary>Another browser on the same Chromium (its own cookies, so its own sessions) that sends this User-Agent.</summary>
    public async Task<IPage> NewPageAsync(string userAgent)
    {
        var context = await _browser!.NewContextAsync(new() { UserAgent = userAgent, ViewportSize = new() { Width = 390, Height = 844 } });
        _contexts.Add(context);
        BePatient(context);
        return await context.NewPageAsync();
    }

    /// <summary>Every wait of this browser (actions, navigations, expectations) allows for a busy machine.</summary>
    private static void BePatient(IBrowserContext context)
    {
        context.SetDefaultTimeout(Patience.Milliseconds(Patience.Browser));
        context.SetDefaultNavigationTimeout(Patience.Milliseconds(Patience.Browser));
        Assertions.SetDefaultExpectTimeout(Patience.Milliseconds(Patience.Browser));
    }

    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(BaseUrl + path);
        await WaitUntilInteractiveAsync();
    }

    /// <summary>From home: "Continue with Kakao", agree as the first simulated account, back home signed in.</summary>
    public async Task SignInWithKakaoFromHomeAsync()
    {
        await GotoAsync("/");
        await Page.Locator(".sign-in-buttons--large").GetByTestId("kakao-sign-in").ClickAsync();
        await Page.GetByTestId("kakao-agree").ClickAsync();
        await Page.WaitForURLAsync(BaseUrl + "/");
        await WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("auth-state")).ToHaveTextAsync("You are signed in with Logto.");
    }

    /// <summary>Straight to Kakao from the app, agree as <paramref name="account"/>, back home signed in.</summary>
    public async Task SignInWithKakaoAsync(KakaoAccount account)
    {
        await SignInWithKakaoAsync(Page, account);
        await WaitUntilInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("auth-state")).ToHaveTextAsync("You are signed in with Logto.");
    }

    /// <summary>Signs in through the emulator's Kakao on any page of this browser (another device, another language).</summary>
    public async Task SignInWithKakaoAsync(IPage page, KakaoAccount account)
    {
        await page.GotoAsync(BaseUrl + "/sign-in/kakao");
        await page.GetByTestId($"kakao-account-{account.Id}").ClickAsync();
        await page.GetByTestId("kakao-agree").ClickAsync();
        await page.WaitForURLAsync(BaseUrl + "/");
    }

    /// <summary>Clicks only work once the Blazor circuit has taken over the prerendered page.</summary>
    public Task WaitUntilInteractiveAsync() => WaitUntilReadyAsync(Page);

    /// <summary>
    /// A page is ready once it has loaded and every interactive root on it (a whole interactive page, or an island on a
    /// static one) has rendered in its circuit: prerendered they say <c>data-interactive="false"</c>, live "true". A
    /// static page without islands is ready when it has loaded.
    /// </summary>
    public static async Task WaitUntilReadyAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete' && !document.querySelector('[data-interactive=false]')");
    }

    /// <summary>
    /// Scrolls <paramref name="target"/> into view, trying again when a render replaced the element mid-scroll (an
    /// island taking over its prerendered markup): scrolling, unlike clicking, does not retry on its own.
    /// </summary>
    public static async Task ScrollIntoViewAsync(ILocator target)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await target.ScrollIntoViewIfNeededAsync();
                return;
            }
            catch (PlaywrightException e) when (e.Message.Contains("not attached to the DOM") && waited.Elapsed < Patience.Browser)
            {
                await Assertions.Expect(target).ToBeAttachedAsync();
            }
        }
    }

    /// <summary>Covers are drawn on request; a picture is only worth taking once the visible ones are in.</summary>
    public static Task CoversDrawnAsync(IPage page) => page.WaitForFunctionAsync(
        "() => [...document.images].filter(i => i.getBoundingClientRect().top < innerHeight).every(i => i.complete && i.naturalWidth > 0)");

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png") });
    }

    /// <summary><c>TestResults/screenshots</c> at the repository root, where CI and people look.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    public async ValueTask DisposeAsync()
    {
        // The shared Chromium stays for the next test; only this session's contexts (cookies, storage) go.
        foreach (var context in _contexts)
            await context.CloseAsync();
        await Environment.DisposeAsync();
    }
}
