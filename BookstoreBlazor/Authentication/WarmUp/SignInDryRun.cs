using Microsoft.AspNetCore.Authentication;

namespace BookstoreBlazor.Authentication.WarmUp;

/// <summary>
/// One "Continue with Kakao" challenge on a request that never existed, so the handler, its events, PKCE, the
/// correlation and nonce cookies and the data-protection key ring are compiled and loaded before the first person signs
/// in. Its only contact with Logto is the configuration already fetched: the pushed authorization request is skipped
/// (see <see cref="LogtoOpenIdConnectEvents.PushAuthorization"/>) and the redirect it builds goes nowhere.
/// </summary>
internal static class SignInDryRun
{
    private sealed class Marker;

    public static bool IsDryRun(HttpContext context) => context.Features.Get<Marker>() is not null;

    public static async Task RunAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Features.Set(new Marker());
        context.Request.Scheme = Uri.UriSchemeHttp;
        context.Request.Host = new HostString("localhost");
        context.Request.Path = LogtoRoutes.SignIn + "/kakao";
        await context.ChallengeAsync(LogtoSchemes.Logto,
            LogtoChallenge.Create(returnUrl: null, (LogtoParameters.DirectSignIn, LogtoParameters.SocialTarget("kakao"))));
    }
}
