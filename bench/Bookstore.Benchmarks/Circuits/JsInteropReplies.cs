namespace Bookstore.Benchmarks.Circuits;

/// <summary>
/// What a browser would return to the page's JS interop calls. A null for a value type (a bool, a number) becomes a
/// JSException in the component, which can end the circuit, so the calls whose result is read get a typed answer.
/// The table holds what Bookstore's pages were seen to ask for; anything else is reported as a guess.
/// </summary>
internal static class JsInteropReplies
{
    // JSCallResultType: Default = 0 (JSON), JSObjectReference = 1, JSStreamReference = 2, JSVoidResult = 3.
    private const int JsonResult = 0;
    private const int ObjectReference = 1;

    private static readonly Dictionary<string, string> Typed = new(StringComparer.Ordinal)
    {
        ["Blazor._internal.PageTitle.getAndRemoveExistingTitle"] = "null",
        ["Blazor._internal.navigationManager.enableNavigationInterception"] = "null",
        ["window.hasOwnProperty"] = "true",
        ["mudThemeProvider.isDarkMode"] = "false",
        ["mudpopoverHelper.countProviders"] = "1",
        ["mudResizeListener.getBrowserWindowSize"] = """{"height":900,"width":1440}""",
        ["mudElementRef.getBoundingClientRect"] = """{"top":0,"left":0,"width":0,"height":0,"bottom":0,"right":0,"x":0,"y":0}""",
    };

    /// <summary>The JSON result for a call; <paramref name="nextObjectId"/> numbers the JS objects handed out.</summary>
    public static string For(string identifier, int resultType, Func<int> nextObjectId) =>
        resultType == ObjectReference ? $$"""{"__jsObjectId":{{nextObjectId()}}}"""
        : Typed.GetValueOrDefault(identifier, "null");

    /// <summary>
    /// Whether a JSON result the table does not know is being asked for: it gets null, which is wrong if the caller
    /// expects a value type. Void and reference results need no table entry.
    /// </summary>
    public static bool IsGuess(string identifier, int resultType) => resultType == JsonResult && !Typed.ContainsKey(identifier);
}
