using Microsoft.Playwright;

namespace BookstoreBlazor.Tests.Browser.Accessibility;

/// <summary>Moves through a page with Tab only, and checks that every stop shows a focus ring.</summary>
public static class KeyboardFocus
{
    private const string FocusedMatches = "sel => { const e = document.activeElement; return !!e && !!e.closest(sel); }";

    // A ring is an outline or a box shadow on the focused element; "auto" is the browser's own ring (native controls).
    // No element at all is fine: past the last stop (or before the first) the focus is in the browser's own UI.
    // Elements only script focuses (tabindex -1: the <h1> Blazor focuses after a navigation) draw no ring on purpose.
    private const string FocusedRing = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body || e.tabIndex < 0) return '';
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            return outline || s.boxShadow !== 'none' ? '' : e.outerHTML.slice(0, 160);
        }
        """;

    /// <summary>Presses Tab until the focus is inside <paramref name="selector"/>, asserting a ring at every stop.</summary>
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 150, string key = "Tab")
    {
        var stops = new List<string>();
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync(key);
            await AssertRingAsync(page);
            if (await page.EvaluateAsync<bool>(FocusedMatches, selector))
                return;
            stops.Add(await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 100) ?? ''"));
        }
        Assert.Fail($"{maxPresses} presses of {key} never reached {selector}; the stops were:\n" + string.Join("\n", stops.Distinct()));
    }

    /// <summary>Presses ArrowDown (as inside an open menu) until the focus is inside <paramref name="selector"/>.</summary>
    public static async Task ArrowToAsync(IPage page, string selector, int maxPresses = 20)
    {
        for (var press = 0; press < maxPresses; press++)
        {
            // The menu moves the focus from the circuit, a moment after the key: wait for it to leave where it was.
            await page.EvaluateAsync("() => { window.focusBeforeArrow = document.activeElement; }");
            await page.Keyboard.PressAsync("ArrowDown");
            await page.WaitForFunctionAsync("() => document.activeElement !== window.focusBeforeArrow", null);
            if (await page.EvaluateAsync<bool>(FocusedMatches, selector))
                return;
        }
        Assert.Fail($"{maxPresses} presses of ArrowDown never reached {selector}");
    }

    /// <summary>The first element Tab can reach in document order (what a page loaded without focus starts from).</summary>
    public static Task<string?> FirstTabStopTestIdAsync(IPage page) => page.EvaluateAsync<string?>("""
        () => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
            .find(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0)?.getAttribute('data-testid') ?? null
        """);

    public static async Task AssertRingAsync(IPage page)
    {
        var missing = await page.EvaluateAsync<string>(FocusedRing);
        Assert.True(missing == "", $"The focused element shows no focus ring: {missing}");
    }
}
