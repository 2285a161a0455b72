using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Hosting.Proxy;

public static class ProxyExtensions
{
    /// <summary>
    /// Behind a TLS-terminating proxy, the request the app sees is plain http from the proxy's address, maybe to an
    /// internal host name. Believing the proxy's X-Forwarded-For, -Proto and -Host (only from the proxies configured in
    /// <c>ForwardedHeaders</c>) makes the OIDC redirect URIs https on the public host, cookies Secure, HTTPS
    /// redirection and HSTS work, and the sessions page show the client's address.
    /// </summary>
    public static WebApplicationBuilder AddBookstoreProxy(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            // X-Forwarded-Host is believed too: a proxy may rewrite Host to its upstream's name (nginx does by default),
            // and the redirect URI sent to Logto must carry the public one. It is safe because only a trusted proxy's
            // value counts, Logto accepts only the registered redirect URIs anyway, and AllowedHosts still applies.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // The framework trusts loopback by default; here only what is configured is trusted.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
                forwarded.KnownProxies.Add(IPAddress.Parse(address.Trim()));
            foreach (var network in proxy.Value.KnownNetworks)
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            forwarded.AllowedHosts = AllowedHosts(builder.Configuration);
        });
        return builder;
    }

    /// <summary>Goes first: everything after it (HTTPS redirection, HSTS, authentication, sessions) reads the corrected request.</summary>
    public static IApplicationBuilder UseBookstoreProxy(this IApplicationBuilder app) =>
        // With no proxy configured the middleware stays out: given empty lists it would believe every sender.
        app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value.TrustsAnyProxy
            ? app.UseForwardedHeaders()
            : app;

    // The same host names Host filtering accepts (AllowedHosts, ';'-separated), so a forwarded host cannot be any other.
    private static List<string> AllowedHosts(IConfiguration configuration) =>
        (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(host => host != "*")
            .ToList();
}
