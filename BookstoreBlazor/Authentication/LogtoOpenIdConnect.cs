using BookstoreBlazor.Clubs.Access;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BookstoreBlazor.Authentication;

/// <summary>Turns <see cref="LogtoOptions"/> into the OIDC handler's options for Logto.</summary>
internal static class LogtoOpenIdConnect
{
    /// <summary>
    /// Asymmetric algorithms Logto can sign with (ES384 by default, RSA when the tenant rotates to it).
    /// Listing them shuts out <c>none</c> and HMAC tokens forged with a public key.
    /// </summary>
    public static readonly string[] SigningAlgorithms = ["ES384", "ES256", "ES512", "RS256", "RS384", "RS512", "PS256"];

    public static void Configure(OpenIdConnectOptions oidc, LogtoOptions logto)
    {
        oidc.Authority = logto.Authority;
        oidc.RequireHttpsMetadata = !logto.EndpointUri.IsLoopback;
        oidc.ClientId = logto.AppId;
        oidc.ClientSecret = logto.AppSecret;

        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.UsePkce = true;
        // The callback is a top-level GET, so SameSite=Lax correlation cookies reach it even on plain-http localhost,
        // where form_post would need SameSite=None cookies that browsers drop without https.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        oidc.CorrelationCookie.Name = "bookstore.correlation.";
        oidc.NonceCookie.Name = "bookstore.nonce.";
        // Secure whenever the app is served over https; plain http is the localhost development case.
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        oidc.Scope.Clear();
        foreach (var scope in logto.ScopeList)
            oidc.Scope.Add(scope);
        // Logto's SDKs ask for each resource and its permissions at sign-in; the API token and the organization tokens
        // come later, from refresh-token grants naming the resource or the organization (the code exchange stays without
        // either, so userinfo keeps working). The handler sends one resource; LogtoOpenIdConnectEvents adds the others.
        if (logto.HasApiResource)
            AddScopes(oidc, Api.ApiScopes.All);
        if (logto.AsksForOrganizations)
            AddScopes(oidc, ClubPermissions.All);
        oidc.Resource = logto.SignInResources.FirstOrDefault();
        oidc.Prompt = string.IsNullOrWhiteSpace(logto.Prompt) ? null : logto.Prompt;

        oidc.SignInScheme = LogtoSchemes.Cookie;
        oidc.SignOutScheme = LogtoSchemes.Cookie;
        oidc.CallbackPath = LogtoRoutes.Callback;
        oidc.SignedOutCallbackPath = LogtoRoutes.SignedOut;
        oidc.SignedOutRedirectUri = SignedOutHome;

        oidc.SaveTokens = true;
        oidc.MapInboundClaims = false;
        // Linked social accounts come only from userinfo. They are read once, at sign-in, and kept with the session,
        // so they stay as they were at sign-in until the next sign-in.
        oidc.GetClaimsFromUserInfoEndpoint = true;
        oidc.ClaimActions.Add(new LinkedIdentitiesClaimAction());
        oidc.TokenValidationParameters.NameClaimType = LogtoClaimTypes.Name;
        oidc.TokenValidationParameters.RoleClaimType = LogtoClaimTypes.Roles;
        oidc.TokenValidationParameters.ValidAlgorithms = SigningAlgorithms;
        oidc.TokenHandler = new SignedIdTokenHandler { MapInboundClaims = false };

        // The one HttpClient every call to Logto goes through: the handler's, its configuration manager's (discovery,
        // keys; also used by the logout-token check and the health check) and LogtoTokenClient's revocation. (Its refresh
        // call waits longer for Logto's answer, which carries the rotated refresh token: see LogtoOptions.RefreshAnswerLimit.)
        oidc.BackchannelTimeout = logto.Timeout;
        oidc.EventsType = typeof(LogtoOpenIdConnectEvents);
    }

    private static void AddScopes(OpenIdConnectOptions oidc, IEnumerable<string> scopes)
    {
        foreach (var scope in scopes.Where(s => !oidc.Scope.Contains(s)))
            oidc.Scope.Add(scope);
    }

    /// <summary>
    /// What any other token Logto signs for this app must satisfy (a refreshed ID token, a logout token): Logto's issuer
    /// and keys, one of the asymmetric algorithms, this app as the audience.
    /// </summary>
    public static TokenValidationParameters TokenValidation(OpenIdConnectConfiguration configuration, string? appId) => new()
    {
        ValidIssuer = configuration.Issuer,
        ValidAudience = appId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = SigningAlgorithms,
    };

    public static string SignedOutHome => $"/?{BookstoreNotices.Parameter}={BookstoreNotices.SignedOut}";
}
