using System.Net;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Hosting.Proxy;

/// <summary>Checks <c>ForwardedHeaders</c> at start-up: every proxy an IP address, every network a CIDR range.</summary>
internal sealed class ProxyOptionsValidator(IConfiguration configuration) : IValidateOptions<ProxyOptions>
{
    // ASP.NET Core's own switch (ASPNETCORE_FORWARDEDHEADERS_ENABLED) believes forwarded headers from any sender.
    public const string FrameworkSwitch = "FORWARDEDHEADERS_ENABLED";

    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var problems = new List<string>();
        foreach (var proxy in options.KnownProxies.Where(p => !IPAddress.TryParse(p.Trim(), out _)))
            problems.Add($"ForwardedHeaders:KnownProxies has '{proxy}', which is not an IP address (e.g. 10.0.0.2 or fd00::2).");
        foreach (var network in options.KnownNetworks.Where(n => !IsCidr(n.Trim())))
            problems.Add($"ForwardedHeaders:KnownNetworks has '{network}', which is not a network in CIDR notation: an address " +
                         "with no bits set past the prefix length, e.g. 10.0.0.0/8 or fd00::/64.");
        if (options.ForwardLimit < 1)
            problems.Add($"ForwardedHeaders:ForwardLimit is {options.ForwardLimit}; it counts the proxies in a row to believe, at least 1.");
        if (configuration.GetValue<bool>(FrameworkSwitch))
            problems.Add("ASPNETCORE_FORWARDEDHEADERS_ENABLED is on: it believes forwarded headers from anyone, so any client could " +
                         "choose its own IP address. Remove it and list your proxies in ForwardedHeaders:KnownProxies or KnownNetworks.");

        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Bookstore cannot start: the ForwardedHeaders configuration is wrong." + Environment.NewLine +
                                         string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
    }

    // .NET masks the bits past the prefix away (10.0.0.1/8 becomes 10.0.0.0/8); such a value is more likely a wrong
    // prefix length (meant /32) than a wish to trust the whole network, so it is refused.
    private static bool IsCidr(string text) =>
        IPNetwork.TryParse(text, out var network) && IPAddress.TryParse(text.Split('/')[0], out var address) &&
        network.BaseAddress.Equals(address) && text.Contains('/');
}
