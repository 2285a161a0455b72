using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// What a prerendered interactive page hands its browser to start a circuit: the start markers of its interactive
/// root components (in document order), the persisted component state, and the text the proof element showed.
/// </summary>
internal sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> ServerMarkers, string ComponentState, string ProofText)
{
    /// <remarks>
    /// Start markers carry <c>type</c>, end markers only <c>prerenderId</c>. Markers are JSON (descriptors contain
    /// escapes such as <c>\u002B</c>), so they are parsed, not scraped.
    /// </remarks>
    public static PrerenderedPage Parse(string html, string proofSelector)
    {
        var markers = MarkerComment().Matches(html)
            .Select(match => JsonNode.Parse(match.Groups["json"].Value)!.AsObject())
            .Where(marker => (string?)marker["type"] == "server")
            .ToList();
        if (markers.Count == 0)
            throw new BlazorCircuitException("The page has no interactive server components to start a circuit with.");

        var state = StateComment().Match(html) is { Success: true } found ? found.Groups["state"].Value : "";

        var proof = new HtmlParser().ParseDocument(html).QuerySelector(proofSelector)?.TextContent.Trim();
        if (string.IsNullOrEmpty(proof))
            throw new BlazorCircuitException($"The prerendered page shows nothing at '{proofSelector}' (not signed in?).");

        return new PrerenderedPage(markers, state, proof);
    }

    /// <summary>
    /// The first <c>UpdateRootComponents</c> batch as blazor.web.js sends it: one "add" per start marker, with
    /// <c>ssrComponentId</c> counting from 1 in document order and the marker passed back verbatim.
    /// </summary>
    public string AddRootComponentsOperations()
    {
        var operations = new JsonArray(ServerMarkers.Select((marker, index) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = index + 1,
            ["marker"] = marker.DeepClone(),
        }).ToArray());
        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerComment();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StateComment();
}
