using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser.Accessibility;

/// <summary>
/// Runs axe-core on pages in light and dark mode and keeps every serious or critical violation, so one test reports
/// all the pages that fail instead of stopping at the first.
/// </summary>
public sealed class AxeAudit(BrowserSession session)
{
    private static readonly HashSet<string> Blocking = ["serious", "critical"];
    private readonly List<string> _violations = [];

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>Opens <paramref name="path"/> in both colour schemes and audits it after <paramref name="ready"/>.</summary>
    /// <remarks>With <paramref name="screenshot"/>, each scheme's page is also saved as <c>a11y-{screenshot}-{scheme}.png</c>.</remarks>
    public async Task AuditAsync(string path, bool interactive = true, Func<IPage, Task>? ready = null, string? screenshot = null)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = session.Page;
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            await page.GotoAsync(session.BaseUrl + path);
            if (interactive)
            {
                await session.WaitUntilInteractiveAsync();
                await ColorSchemeAppliedAsync(page, scheme);
            }
            if (ready is not null)
                await ready(page);
            await BrowserSession.CoversDrawnAsync(page);
            // Buttons fade to the new palette: a colour read mid-transition is neither scheme's. Spinners loop forever.
            await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
            Record($"{path} ({scheme})", await page.RunAxe());
            if (screenshot is not null)
                await session.ScreenshotAsync($"a11y-{screenshot}-{scheme.ToString().ToLowerInvariant()}");
        }
    }

    /// <summary>The theme follows the system only once the circuit has asked for it; wait for the palette to change.</summary>
    public static Task ColorSchemeAppliedAsync(IPage page, ColorScheme scheme) => page.WaitForFunctionAsync(
        "dark => (getComputedStyle(document.body).backgroundColor === 'rgb(18, 17, 24)') === dark",
        scheme == ColorScheme.Dark);

    private void Record(string where, AxeResult result)
    {
        foreach (var violation in result.Violations.Where(v => Blocking.Contains(v.Impact)))
        foreach (var node in violation.Nodes)
            _violations.Add($"{where}: {violation.Id} [{violation.Impact}] {node.Target} {node.Html} — {violation.Help} {violation.HelpUrl}\n    {string.Join("; ", node.Any.Concat(node.All).Select(check => check.Message))}");
    }

    public void AssertNone() =>
        Assert.True(_violations.Count == 0,
            $"{_violations.Count} serious or critical accessibility violations:\n" + string.Join("\n", _violations));
}
