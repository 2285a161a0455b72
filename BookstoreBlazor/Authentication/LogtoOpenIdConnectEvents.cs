using BookstoreBlazor.Authentication.WarmUp;
using BookstoreBlazor.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Authentication;

internal sealed partial class LogtoOpenIdConnectEvents(IOptions<LogtoOptions> logto, ILogger<LogtoOpenIdConnectEvents> logger)
    : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        LogtoChallenge.MoveParameters(context.Properties, context.ProtocolMessage);
        // Logto shows its sign-in page (and Kakao its consent) in the reader's language; set before the copy below so a
        // pushed request (PAR, including MoreResourcesPush) carries it too.
        context.ProtocolMessage.UiLocales = BookstoreCultures.Current;
        // The options' Resource is the first of the sign-in's resources; the others ride along in the same request.
        if (logto.Value.SignInResources is { Count: > 1 } resources)
            context.ProtocolMessage = new MoreResourcesMessage(context.ProtocolMessage, resources.Skip(1).ToArray());
        return base.RedirectToIdentityProvider(context);
    }

    public override Task PushAuthorization(PushedAuthorizationContext context)
    {
        // The start-up dry run walks the challenge without leaving a pushed request behind at Logto.
        if (SignInDryRun.IsDryRun(context.HttpContext))
        {
            context.SkipPush();
            return Task.CompletedTask;
        }

        return context.ProtocolMessage is MoreResourcesMessage request ? MoreResourcesPush.PushAsync(context, request) : base.PushAuthorization(context);
    }

    /// <summary>Any failure on the way back from Logto lands on a friendly page instead of an exception page.</summary>
    public override Task RemoteFailure(RemoteFailureContext context)
    {
        var reason = SignInFailureReasons.FromFailure(context.Failure);
        LogSignInFailed(logger, reason, context.HttpContext.TraceIdentifier, context.Failure?.Message);

        var target = QueryHelpers.AddQueryString(LogtoRoutes.SignInFailed, new Dictionary<string, string?>
        {
            ["reason"] = reason,
            [LogtoRoutes.ReturnUrlParameter] = LocalReturnUrl.Sanitize(context.Properties?.RedirectUri),
        });
        context.Response.Redirect(target);
        context.HandleResponse();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in did not complete: {Reason} (request {RequestId}): {Detail}")]
    private static partial void LogSignInFailed(ILogger logger, string reason, string requestId, string? detail);
}
