using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.Organizations.OrganizationFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// A sign-in naming an API resource and Logto's organizations resource, each its own <c>resource</c> parameter (RFC
/// 8707), as Logto's SDKs send them: Logto grants each resource's permissions, so the refresh token later gets both the
/// API's token and organization tokens.
/// </summary>
public sealed class TwoResourcesAtSignInTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BothResources_AreGranted_FrontChannelOrPushed(bool par)
    {
        await using var probe = await EmulatorProbe.StartAsync();
        var url = probe.Client.AuthorizeUrl(new Dictionary<string, string?>
        {
            ["resource"] = ResourceFlow.ApiIndicator,
            ["scope"] = Scope + " read:shelf write:shelf write:books",
        });
        var signIn = par ? await PushedAsync(probe, url) : await probe.Browser.GoAsync(new Uri(url.AbsoluteUri + SecondResource));
        var callback = await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "bookstore"), stopAt: OidcTestClient.IsCallback);
        var tokens = await probe.Client.RedeemAsync(callback.Uri);

        var api = await ResourceFlow.RefreshAsync(probe, tokens);
        var club = await OrganizationTokenAsync(probe, RefreshToken(api), Club(probe, OrganizationSeed.MidnightReaders).Id);

        Assert.Equal($"{ResourceFlow.ApiIndicator} {OrganizationUrns.ReservedResource}", probe.Logto.AuthorizationRequests.LastAuthorization!["resource"]);
        Assert.Contains("read:shelf", ResourceFlow.ScopeOf(api));
        Assert.Equal(["read:club", "edit:club-list", "invite:members"], club.Scopes);
    }

    private static string SecondResource => "&resource=" + Uri.EscapeDataString(OrganizationUrns.ReservedResource);

    private static async Task<BrowserPage> PushedAsync(EmulatorProbe probe, Uri url)
    {
        using var http = new HttpClient();
        using var body = new StringContent(url.Query.TrimStart('?') + SecondResource + "&client_secret=" +
            Uri.EscapeDataString(probe.Logto.DefaultClient.ClientSecret), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        using var response = await http.PostAsync(probe.Url("oidc/request"), body);
        var requestUri = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["request_uri"]!.GetValue<string>();
        return await probe.Browser.GoAsync(new Uri(probe.Url("oidc/auth"),
            $"?client_id={probe.Logto.DefaultClient.ClientId}&request_uri={Uri.EscapeDataString(requestUri)}"));
    }
}
