using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.Tests.Infrastructure;
using static BookstoreBlazor.Tests.LogtoEmulator.ResourceFlow;

namespace BookstoreBlazor.Tests.LogtoEmulator;

/// <summary>Which <c>resource</c> values Logto refuses, where, and how (node-oidc-provider's <c>invalid_target</c>).</summary>
public sealed class ResourceIndicatorTests(SharedEmulator emulator) : IClassFixture<SharedEmulator>
{
    private const string Unknown = "resource indicator is missing, or unknown";

    [Fact]
    public async Task AnUnknownResource_AtTheAuthorizationEndpoint_GoesBackToTheAppAsInvalidTarget()
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["resource"] = "https://api.unknown.example" });

        Assert.True(OidcTestClient.IsCallback(page.Uri));
        var query = OidcTestClient.Query(page.Uri);
        Assert.Equal("invalid_target", query["error"]);
        Assert.Equal(Unknown, query["error_description"]);
        Assert.Equal("state-123", query["state"]);
        Assert.Equal(probe.Logto.Endpoint.Issuer.AbsoluteUri, query["iss"]);
    }

    [Theory]
    [InlineData("api.bookstore.example", "resource indicator must be an absolute URI")]
    [InlineData(ApiIndicator + "#part", "resource indicator must not contain a fragment component")]
    public async Task AMalformedResource_IsRefusedTheSameWay(string resource, string description)
    {
        await using var probe = emulator.NewProbe();

        var page = await probe.Client.AuthorizeAsync(new Dictionary<string, string?> { ["resource"] = resource });

        Assert.Equal("invalid_target", OidcTestClient.Query(page.Uri)["error"]);
        Assert.Equal(description, OidcTestClient.Query(page.Uri)["error_description"]);
    }

    [Fact]
    public async Task AnUnknownResource_PushedThroughPar_IsRefusedWithJson()
    {
        await using var probe = emulator.NewProbe();
        var pushed = OidcTestClient.Query(probe.Client.AuthorizeUrl(new Dictionary<string, string?> { ["resource"] = "https://api.unknown.example" }));
        pushed["client_secret"] = probe.Logto.DefaultClient.ClientSecret;
        using var http = new HttpClient();

        using var response = await http.PostAsync(probe.Url("oidc/request"), new FormUrlEncodedContent(pushed));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_target", error["error"]!.GetValue<string>());
        Assert.Equal(Unknown, error["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task AKnownResource_PushedThroughPar_IsGrantedLikeAFrontChannelOne()
    {
        await using var probe = emulator.NewProbe();
        var pushed = OidcTestClient.Query(probe.Client.AuthorizeUrl(new Dictionary<string, string?> { ["resource"] = ApiIndicator, ["scope"] = Scope }));
        pushed["client_secret"] = probe.Logto.DefaultClient.ClientSecret;
        using var http = new HttpClient();
        using var response = await http.PostAsync(probe.Url("oidc/request"), new FormUrlEncodedContent(pushed));
        var requestUri = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["request_uri"]!.GetValue<string>();

        var signIn = await probe.Browser.GoAsync(new Uri(probe.Url("oidc/auth"),
            $"?client_id={probe.Logto.DefaultClient.ClientId}&request_uri={Uri.EscapeDataString(requestUri)}"));
        var callback = await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("admin", "bookstore"), stopAt: OidcTestClient.IsCallback);
        var refreshed = await RefreshAsync(probe, await probe.Client.RedeemAsync(callback.Uri));

        Assert.Equal(["read:shelf", "write:shelf", "write:books"], ScopeOf(refreshed));
    }

    [Fact]
    public async Task AnUnknownResource_AtTheTokenEndpoint_Answers400InvalidTarget_AndLeavesTheRefreshTokenUsable()
    {
        await using var probe = emulator.NewProbe();
        var signIn = await SignInAsync(probe, "reader");

        var (status, refused) = await PostTokenAsync(probe, ("grant_type", "refresh_token"),
            ("refresh_token", signIn["refresh_token"]!.GetValue<string>()), ("resource", "https://api.unknown.example"));
        var retried = await RefreshAsync(probe, signIn);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_target", refused["error"]!.GetValue<string>());
        Assert.Equal(Unknown, refused["error_description"]!.GetValue<string>());
        Assert.Null(retried["error"]);
    }

    [Fact]
    public async Task TwoResources_AtTheTokenEndpoint_AreRefused()
    {
        var options = new LogtoEmulatorOptions { ApiResources = [EmulatorApiResource.Bookstore, ClubsApi] };
        await using var probe = await EmulatorProbe.StartAsync(options);
        var signIn = await SignInAsync(probe, "reader");

        var (status, refused) = await PostTokenAsync(probe, ("grant_type", "refresh_token"),
            ("refresh_token", signIn["refresh_token"]!.GetValue<string>()), ("resource", ApiIndicator), ("resource", ClubsApi.Indicator));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_target", refused["error"]!.GetValue<string>());
        Assert.StartsWith("only a single resource indicator", refused["error_description"]!.GetValue<string>());
    }

    [Fact]
    public async Task AResourceNotAskedForAtSignIn_IsInvalidTarget_AndSpendsTheRefreshTokenAsLogtoDoes()
    {
        var options = new LogtoEmulatorOptions { ApiResources = [EmulatorApiResource.Bookstore, ClubsApi] };
        await using var probe = await EmulatorProbe.StartAsync(options);
        var signIn = await SignInAsync(probe, "reader");
        var other = await SignInAsync(probe, "reader");

        var refused = await RefreshAsync(probe, signIn, resource: ClubsApi.Indicator);
        var retried = await RefreshAsync(probe, signIn);
        var otherGrant = await RefreshAsync(probe, other);

        Assert.Equal("invalid_target", refused["error"]!.GetValue<string>());
        Assert.Equal(Unknown, refused["error_description"]!.GetValue<string>());
        // Logto rotates before it resolves the resource: the refresh token is spent, and presenting it again is reuse.
        Assert.Equal("invalid_grant", retried["error"]!.GetValue<string>());
        Assert.Null(otherGrant["error"]);
    }

    [Fact]
    public async Task BothResourcesAskedForAtSignIn_EachGetsItsOwnToken()
    {
        var options = new LogtoEmulatorOptions
        {
            ApiResources = [EmulatorApiResource.Bookstore, ClubsApi],
            Roles = [EmulatorRole.Reader with { Permissions = [.. EmulatorRole.Reader.Permissions, new(ClubsApi.Indicator, "read:clubs")] }],
        };
        await using var probe = await EmulatorProbe.StartAsync(options);
        var signIn = await SignInWithResourcesAsync(probe, "openid offline_access read:shelf read:clubs", ApiIndicator, ClubsApi.Indicator);

        var shelf = await RefreshAsync(probe, signIn);
        var clubs = await RefreshAsync(probe, shelf, resource: ClubsApi.Indicator);

        Assert.Equal(["read:shelf"], ScopeOf(shelf));
        Assert.Equal(["read:clubs"], ScopeOf(clubs));
        Assert.True((await ValidateAsync(probe, AccessToken(clubs), ClubsApi.Indicator)).IsValid);
    }

    private static readonly EmulatorApiResource ClubsApi = new("https://clubs.bookstore.example", "Book clubs API", ["read:clubs"]);

    private static async Task<JsonObject> SignInWithResourcesAsync(EmulatorProbe probe, string scope, params string[] resources)
    {
        var url = probe.Client.AuthorizeUrl(new Dictionary<string, string?> { ["scope"] = scope });
        var withResources = new Uri(url + string.Concat(resources.Select(r => "&resource=" + Uri.EscapeDataString(r))));
        var signIn = await probe.Browser.GoAsync(withResources, OidcTestClient.IsCallback);
        var callback = await probe.Browser.SubmitAsync(signIn, AuthorizationRequestTests.Password("reader", "bookstore"), stopAt: OidcTestClient.IsCallback);
        return await probe.Client.RedeemAsync(callback.Uri);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostTokenAsync(EmulatorProbe probe, params (string Name, string Value)[] form)
    {
        using var http = new HttpClient();
        var fields = form.Select(f => KeyValuePair.Create(f.Name, f.Value)).Concat([
            KeyValuePair.Create("client_id", probe.Logto.DefaultClient.ClientId),
            KeyValuePair.Create("client_secret", probe.Logto.DefaultClient.ClientSecret)]);
        using var response = await http.PostAsync(probe.Url("oidc/token"), new FormUrlEncodedContent(fields));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
