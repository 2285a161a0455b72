using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>Where a walk ended: the page's URL, status and HTML, and every URL it was redirected through.</summary>
public sealed class BrowserPage(Uri uri, HttpStatusCode status, string html, IReadOnlyList<Uri> redirects)
{
    private readonly Lazy<IHtmlDocument> _document = new(() => new HtmlParser().ParseDocument(html));

    public Uri Uri { get; } = uri;
    public HttpStatusCode Status { get; } = status;
    public string Html { get; } = html;
    public IReadOnlyList<Uri> Redirects { get; } = redirects;

    public string PathAndQuery => Uri.PathAndQuery;

    /// <summary>The parsed page, for questions <see cref="Text"/> and <see cref="Has"/> do not answer.</summary>
    public IHtmlDocument Document => _document.Value;

    /// <summary>The text of the element with this <c>data-testid</c>, or null when there is none.</summary>
    public string? Text(string testId) => _document.Value.QuerySelector($"[data-testid='{testId}']")?.TextContent.Trim();

    public string? Attribute(string testId, string attribute) =>
        _document.Value.QuerySelector($"[data-testid='{testId}']")?.GetAttribute(attribute);

    public bool Has(string testId) => _document.Value.QuerySelector($"[data-testid='{testId}']") is not null;

    public bool Visited(string pathPrefix) => Redirects.Append(Uri).Any(u => u.AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));

    public (string Action, IReadOnlyDictionary<string, string?> Fields) Form(string? action = null)
    {
        var form = _document.Value.Forms.FirstOrDefault(f => action is null || f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form{(action is null ? "" : " posting to " + action)} on {Uri}:\n{Html}");
        var fields = new Dictionary<string, string?>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                continue;
            fields[input.Name] = input.Value;
        }

        return (form.GetAttribute("action") ?? Uri.AbsolutePath, fields);
    }

    public override string ToString() => $"{(int)Status} {Uri}";
}
