using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Bookstore.Benchmarks.Http;

/// <summary>Where a walk ended: URL, status and HTML. The HTML is parsed only when a form is asked for.</summary>
public sealed class BenchPage(Uri uri, HttpStatusCode status, string html)
{
    public Uri Uri { get; } = uri;
    public HttpStatusCode Status { get; } = status;
    public string Html { get; } = html;

    /// <summary>The first form: where it posts and its fields (unchecked checkboxes and radios left out, as a browser does).</summary>
    public (Uri Action, Dictionary<string, string> Fields) Form()
    {
        var form = new HtmlParser().ParseDocument(Html).Forms.FirstOrDefault()
            ?? throw new InvalidOperationException($"No form on {Uri} ({(int)Status}).");
        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || (input.Type is "checkbox" or "radio" && !input.IsChecked))
                continue;
            fields[input.Name] = input.Value;
        }
        return (new Uri(Uri, form.GetAttribute("action") ?? Uri.AbsolutePath), fields);
    }

    /// <summary>Where the page's links lead, resolved against its URL.</summary>
    public IEnumerable<Uri> Links() => new HtmlParser().ParseDocument(Html).Links
        .Select(link => link.GetAttribute("href"))
        .Where(href => !string.IsNullOrEmpty(href))
        .Select(href => new Uri(Uri, href!));

    public override string ToString() => $"{(int)Status} {Uri}";
}
