using BookstoreBlazor.Hosting.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Hosting;

/// <summary><c>ForwardedHeaders</c>: checked at start, so a typo cannot quietly trust nobody (or the wrong network).</summary>
public sealed class ProxyOptionsTests
{
    [Theory]
    [InlineData("KnownProxies:0", "10.0.0.300", "'10.0.0.300', which is not an IP address")]
    [InlineData("KnownProxies:0", "proxy.internal", "'proxy.internal', which is not an IP address")]
    [InlineData("KnownNetworks:0", "10.0.0.0", "'10.0.0.0', which is not a network in CIDR notation")]
    [InlineData("KnownNetworks:0", "10.0.0.1/8", "'10.0.0.1/8', which is not a network in CIDR notation")]
    [InlineData("KnownNetworks:0", "10.0.0.0/33", "'10.0.0.0/33', which is not a network in CIDR notation")]
    [InlineData("ForwardLimit", "0", "ForwardedHeaders:ForwardLimit is 0")]
    public void AMalformedSetting_StopsTheStart_NamingTheKeyAndTheValue(string key, string value, string expected)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Validate(new() { ["ForwardedHeaders:" + key] = value }));

        Assert.StartsWith("Bookstore cannot start: the ForwardedHeaders configuration is wrong.", refused.Message);
        Assert.Contains(expected, refused.Message);
    }

    [Fact]
    public void TheFrameworksTrustEveryoneSwitch_StopsTheStart()
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Validate(new() { ["FORWARDEDHEADERS_ENABLED"] = "true" }));

        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", refused.Message);
    }

    [Fact]
    public void AddressesAndNetworksOfBothFamilies_Start()
    {
        Validate(new()
        {
            ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.2",
            ["ForwardedHeaders:KnownProxies:1"] = "fd00::2",
            ["ForwardedHeaders:KnownNetworks:0"] = "10.0.0.0/8",
            ["ForwardedHeaders:KnownNetworks:1"] = "fd00::/64",
            ["ForwardedHeaders:ForwardLimit"] = "2",
        });
    }

    [Fact]
    public void ByDefault_NoProxyIsTrusted()
    {
        var options = new ProxyOptions();

        Assert.False(options.TrustsAnyProxy);
        Assert.Equal(1, options.ForwardLimit);
    }

    private static void Validate(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBookstoreProxy();
        using var app = builder.Build();
        app.Services.GetRequiredService<IStartupValidator>().Validate();
    }
}
