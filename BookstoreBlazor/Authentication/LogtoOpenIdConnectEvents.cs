using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.Authentication;

internal sealed partial class LogtoOpenIdConnectEvents(ILogger<LogtoOpenIdConnectEvents> logger) : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        LogtoChallenge.MoveParameters(context.Properties, context.ProtocolMessage);
        return base.RedirectToIdentityProvider(context);
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
