namespace BookstoreBlazor.Hosting.Proxy;

/// <summary>
/// The section <c>ForwardedHeaders</c>: which reverse proxies (a TLS-terminating load balancer, an ingress) the app
/// believes about the client's address, scheme and host. Nobody by default.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Single addresses of trusted proxies, e.g. <c>10.0.0.2</c> or <c>fd00::2</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Trusted proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// How many proxies in a row the app believes, counted from the one it talks to: with one (a single load
    /// balancer), an address a client wrote into its own X-Forwarded-For is never taken, even from inside a trusted
    /// network.
    /// </summary>
    public int ForwardLimit { get; set; } = 1;

    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
