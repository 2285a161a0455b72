using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BookstoreBlazor.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using MudBlazor.Services;
using Microsoft.JSInterop;

namespace BookstoreBlazor.Theming;

/// <summary>
/// The CSS that MudThemeProvider would write into every page (and rebuild on every request and every circuit), built
/// once from <see cref="BookstoreTheme"/> at start-up and served as a cacheable file. Light is the default; dark applies
/// when the reader chose it (<c>html.theme-dark</c>) or, without a choice, when the system prefers it.
/// </summary>
public sealed partial class ThemeStyleSheet
{
    private const string ChosenDark = "html.theme-dark";
    private const string SystemDark = "html:not(.theme-light)";

    private ThemeStyleSheet(string css)
    {
        Content = Encoding.UTF8.GetBytes(css);
        Version = Convert.ToHexString(SHA256.HashData(Content))[..12].ToLowerInvariant();
    }

    public byte[] Content { get; }

    /// <summary>Changes with the content, so the file can be cached for good under its versioned address.</summary>
    public string Version { get; }

    public string Href => $"{ThemeRoutes.StyleSheet}?v={Version}";

    /// <remarks>
    /// Rendered with services of its own (logging and MudBlazor's), never the app's: the app's would resolve
    /// authentication options, whose validation must fail the start with its own readable message, not here.
    /// </remarks>
    public static async Task<ThemeStyleSheet> BuildAsync()
    {
        await using var services = new ServiceCollection().AddLogging().AddMudServices()
            .AddScoped<IJSRuntime, NoBrowser>().BuildServiceProvider();
        var light = await RenderAsync(services, dark: false);
        // Only the variables differ between the modes (the scrollbar and chart rules are the same text).
        var darkVariables = RootBlock().Match(await RenderAsync(services, dark: true)).Groups["body"].Value;
        // Both selectors outrank :root, so the dark variables win wherever they apply.
        var css = new StringBuilder()
            .AppendLine(light)
            .Append(ChosenDark).Append('{').Append(darkVariables).AppendLine("}")
            .AppendLine("@media (prefers-color-scheme: dark) {")
            .Append(SystemDark).Append('{').Append(darkVariables).AppendLine("}")
            .AppendLine("}")
            .ToString();
        return new ThemeStyleSheet(css);
    }

    /// <summary>The provider's own output for one mode: the text of its &lt;style&gt; elements.</summary>
    private static async Task<string> RenderAsync(IServiceProvider services, bool dark)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = BookstoreTheme.Instance,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            }));
            return output.ToHtmlString();
        });
        var styles = StyleElement().Matches(html).Select(match => match.Groups["css"].Value).ToList();
        if (!styles.Any(style => RootBlock().IsMatch(style)))
            throw new InvalidOperationException("MudThemeProvider wrote no theme variables to build the style sheet from.");
        return string.Join(Environment.NewLine, styles);
    }

    /// <summary>
    /// The provider's JS calls (watching the system's preference) mean nothing without a browser: each answers nothing,
    /// and the CSS it writes does not depend on them.
    /// </summary>
    private sealed class NoBrowser : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }

    [GeneratedRegex(@":root\s*\{(?<body>[^}]*)\}")]
    private static partial Regex RootBlock();

    [GeneratedRegex(@"<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
