using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser;

/// <summary>
/// One Debian Chromium for the whole test run. Starting Playwright's driver and a Chromium costs seconds per test on a
/// busy machine; a new browser context (its own cookies, storage and cache) costs milliseconds and keeps tests apart
/// just as well. A Chromium that went away (crashed) is started again for the next test.
/// </summary>
public static class SharedChromium
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static async Task<IBrowser> GetAsync()
    {
        await Starting.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true } running)
                return running;
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ChromiumArgs });
            return _browser;
        }
        finally
        {
            Starting.Release();
        }
    }
}
