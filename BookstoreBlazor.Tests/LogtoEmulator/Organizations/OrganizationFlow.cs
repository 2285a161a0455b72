using System.Net;
using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.OrganizationTokens;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.LogtoEmulator.Organizations;

/// <summary>
/// Sign-ins and token requests as Logto's SDKs make them for organizations: the organization scopes and permission
/// names with <c>resource=urn:logto:resource:organizations</c> at sign-in, then refresh_token with <c>organization_id</c>.
/// </summary>
internal static class OrganizationFlow
{
    public const string ClaimScopes = "urn:logto:scope:organizations urn:logto:scope:organization_roles";
    public const string Permissions = "read:club edit:club-list invite:members";
    public const string Scope = "openid offline_access profile email " + ClaimScopes + " " + Permissions;

    public sealed record Answer(HttpStatusCode Status, JsonObject Body)
    {
        public string AccessToken => Body["access_token"]!.GetValue<string>();
        public string? Error => Body["error"]?.GetValue<string>();
        public string? ErrorDescription => Body["error_description"]?.GetValue<string>();
        public JsonObject Claims => OidcTestClient.Payload(AccessToken);
        public string[] Scopes => Claims["scope"]?.GetValue<string>().Split(' ') ?? [];
    }

    public static Task<JsonObject> SignInAsync(EmulatorProbe probe, string username, string scope = Scope,
        string? resource = OrganizationUrns.ReservedResource) =>
        ResourceFlow.SignInAsync(probe, username, resource, scope);

    /// <summary>The refresh_token grant with <c>organization_id</c>, as the SDKs' <c>getOrganizationToken</c> sends it.</summary>
    public static async Task<Answer> OrganizationTokenAsync(EmulatorProbe probe, string refreshToken, string organizationId,
        string? scope = null, string? resource = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["organization_id"] = organizationId,
            ["client_id"] = probe.Logto.DefaultClient.ClientId,
            ["client_secret"] = probe.Logto.DefaultClient.ClientSecret,
        };
        if (scope is not null) form["scope"] = scope;
        if (resource is not null) form["resource"] = resource;
        using var http = new HttpClient();
        using var response = await http.PostAsync(probe.Url("oidc/token"), new FormUrlEncodedContent(form));
        return new Answer(response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public static string RefreshToken(JsonObject tokens) => tokens["refresh_token"]!.GetValue<string>();

    public static EmulatorOrganization Club(EmulatorProbe probe, OrganizationSeed seed) => Club(probe.Logto, seed);

    public static EmulatorOrganization Club(LogtoEmulatorHost logto, OrganizationSeed seed) => logto.Organizations.FindByName(seed.Name)!;

    public static string UserId(EmulatorProbe probe, string username) => probe.Logto.Users.FindByIdentifier(username)!.Id;

    public static string[] Strings(JsonNode? array) => array is null ? [] : [.. array.AsArray().Select(item => item!.GetValue<string>())];
}
