using System.Net;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Authentication.HostileProfile;

/// <summary>What an attacker types as a name, nickname or email, and how a page proves it stayed text.</summary>
internal static class HostileText
{
    public const string ScriptTag = "<script>alert(1)</script>";
    public const string ImageOnError = "<img src=x onerror=alert(1)>";
    public const string SvgOnLoad = "\"><svg onload=alert(1)>";

    public static TheoryData<string> Markup => [ScriptTag, ImageOnError, SvgOnLoad];

    /// <summary>
    /// The payload reached the page only as text: its raw markup is not in the HTML (the encoder turned it into
    /// entities) and nothing it would have made, an element, a handler or a script, is in the parsed page.
    /// </summary>
    public static void AssertNoMarkupFrom(BrowserPage page, string payload)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(payload, page.Html);
        Assert.Empty(page.Document.QuerySelectorAll("[onerror], [onload], img[src='x']"));
        Assert.DoesNotContain(page.Document.Scripts, script => script.Text.Contains("alert("));
    }

    /// <summary>The user's own words inside the element with this test id: what its <c>&lt;bdi&gt;</c> holds.</summary>
    public static string? IsolatedText(this BrowserPage page, string testId) =>
        page.Document.QuerySelector($"[data-testid='{testId}'] bdi")?.TextContent;
}
