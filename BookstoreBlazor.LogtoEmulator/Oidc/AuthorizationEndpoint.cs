using BookstoreBlazor.LogtoEmulator.Experience;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.LogtoEmulator.Localization;
using BookstoreBlazor.LogtoEmulator.Rbac;
using BookstoreBlazor.LogtoEmulator.ResourceTokens;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// <c>/oidc/auth</c> after OpenIddict has checked the client, redirect URI and PKCE: sign the user in through the
/// experience (honouring Logto's <c>first_screen</c>, <c>interaction_mode</c>, <c>direct_sign_in</c>,
/// <c>login_hint</c> and <c>ui_locales</c>), then answer with a code. A <c>resource</c> Logto does not know is refused on the app's redirect URI.
/// </summary>
internal static class AuthorizationEndpoint
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static async Task<IResult> HandleAsync(HttpContext context, InteractionStore interactions, UserDirectory users,
        KakaoConnector kakao, LogtoEmulatorOptions options, AuthorizationRequestLog log, RolePermissions permissions)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not attach the authorization request.");
        log.RecordAuthorization(request);
        if (options.AuthorizationError is { } error)
        {
            return OidcErrors.Forbid(error, "The Logto emulator was set to answer every sign-in with this error.");
        }

        if (ResourceIndicators.Problem(request.GetResources(), options.EffectiveApiResources) is { } problem)
        {
            return OidcErrors.Forbid(ResourceIndicators.InvalidTarget, problem);
        }

        var interaction = interactions.Current(context);
        if (interaction?.Denied == true)
        {
            interactions.End(context);
            return OidcErrors.Forbid(Errors.AccessDenied, "The user cancelled the sign-in at the social provider.");
        }

        var session = await EmulatorSession.FindAsync(context);
        var user = session is null ? null : users.FindById(session.UserId);
        var mustSignIn = user is null || (request.HasPromptValue(PromptValues.Login) && interaction?.SignedIn != true);
        if (!mustSignIn && user is not null)
        {
            interactions.End(context);
            var resourceScopes = GrantedResourceScopes.Consent(user, request.GetResources(), request.GetScopes(), permissions);
            return Results.SignIn(OidcPrincipal.Create(user.Id, GrantedScopes(request), session!.SessionId, session.AuthTime,
                resourceScopes), authenticationScheme: Scheme);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return OidcErrors.Forbid(Errors.LoginRequired, "The user is not signed in.");
        }

        return StartInteraction(context, request, interactions, kakao);
    }

    private static IResult StartInteraction(HttpContext context, OpenIddictRequest request, InteractionStore interactions,
        KakaoConnector kakao)
    {
        var firstScreen = LogtoExperienceParameters.FirstScreenOf(request);
        var language = LanguageChoice.Requested(request.UiLocales, context.Request);
        var interaction = interactions.Start(context, ResumeUrl(context, request), firstScreen, request.LoginHint, language);
        if (LogtoExperienceParameters.DirectSignInTarget(request) == KakaoRoutes.Target)
        {
            return Results.Redirect(kakao.AuthorizationUrl(interaction));
        }

        // As in Logto, an unknown direct sign-in target falls back to the normal first screen.
        return Results.Redirect(firstScreen == FirstScreen.Register ? ExperienceRoutes.Register : ExperienceRoutes.SignIn);
    }

    /// <summary>
    /// The same request again once the user has signed in. A pushed request's <c>request_uri</c> stays valid until
    /// a code is issued; a POSTed request is replayed as a GET.
    /// </summary>
    private static string ResumeUrl(HttpContext context, OpenIddictRequest request)
    {
        var path = context.Request.PathBase + context.Request.Path;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return path + context.Request.QueryString;
        }

        // Each value of a repeated parameter (several resources) stays its own pair.
        var parameters = request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (StringValues)p.Value));
        return QueryHelpers.AddQueryString(path, parameters);
    }

    private static IReadOnlyCollection<string> GrantedScopes(OpenIddictRequest request)
    {
        var requested = request.GetScopes();
        // Logto grants offline_access (a refresh token) only when the app also asked for prompt=consent.
        return request.HasPromptValue(PromptValues.Consent)
            ? requested
            : requested.Remove(Scopes.OfflineAccess);
    }
}
