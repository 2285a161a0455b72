using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// Checks the <c>Logto</c> section at start-up and reports every problem in one message that names the key
/// and says how to set it, so a newcomer fixes the configuration in one go.
/// </summary>
internal sealed partial class LogtoOptionsValidator : IValidateOptions<LogtoOptions>
{
    private static readonly string[] KnownPrompts = ["consent", "login", "none"];

    public ValidateOptionsResult Validate(string? name, LogtoOptions options)
    {
        var problems = new List<string>();
        ValidateEndpoint(options.Endpoint, problems);
        Require(options.AppId, "AppId", "the App ID from the Logto console", problems);
        Require(options.AppSecret, "AppSecret", "the App secret from the Logto console", problems);

        if (!options.ScopeList.Contains("openid"))
            problems.Add($"Logto:Scopes must include 'openid' (now '{options.Scopes}').");
        if (options.Prompt.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(p => !KnownPrompts.Contains(p)))
            problems.Add($"Logto:Prompt must be empty or one of {string.Join(", ", KnownPrompts)} (now '{options.Prompt}').");
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LogtoOptions.MaxTimeout)
            problems.Add($"Logto:Timeout must be more than zero and at most {LogtoOptions.MaxTimeout:c}, written as hh:mm:ss " +
                         $"(e.g. 00:00:10; a bare number means days), now '{options.Timeout:c}'.");
        if (options.HasApiResource && (!Uri.TryCreate(options.ApiResource, UriKind.Absolute, out var resource) || !string.IsNullOrEmpty(resource.Fragment)))
            problems.Add($"Logto:ApiResource '{options.ApiResource}' must be the API's indicator from Logto Console: an absolute URI " +
                         "without a fragment, e.g. https://api.bookstore.example");
        foreach (var connector in options.AllowedConnectors.Where(c => !ConnectorPattern().IsMatch(c)))
            problems.Add($"Logto:SocialConnectors holds '{connector}': use connector targets such as 'kakao' (letters, digits, '-', '_').");

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(Explain(problems));
    }

    private static void ValidateEndpoint(string endpoint, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            problems.Add(Missing("Endpoint", "your tenant URL, e.g. https://abc123.logto.app/"));
            return;
        }
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            problems.Add($"Logto:Endpoint '{endpoint}' is not a URL such as https://abc123.logto.app/.");
            return;
        }
        // Tokens and the app secret cross this connection: plain http is only acceptable on this machine.
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
            problems.Add($"Logto:Endpoint '{endpoint}' must use https (http is accepted only for localhost).");
    }

    private static void Require(string value, string key, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
            problems.Add(Missing(key, what));
    }

    private static string Missing(string key, string what) =>
        $"Logto:{key} is missing. Set it to {what} with the environment variable Logto__{key} " +
        $"or: dotnet user-secrets set \"Logto:{key}\" \"<value>\" --project BookstoreBlazor";

    private static string Explain(List<string> problems) =>
        "Bookstore cannot start: the Logto configuration is incomplete." + Environment.NewLine +
        string.Join(Environment.NewLine, problems.Select(p => "  - " + p)) + Environment.NewLine +
        "See README.md, section 'Configuration'.";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ConnectorPattern();
}
