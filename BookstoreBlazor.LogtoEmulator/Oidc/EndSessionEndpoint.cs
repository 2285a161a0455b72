using BookstoreBlazor.LogtoEmulator.BackchannelLogout;
using BookstoreBlazor.LogtoEmulator.Experience;
using BookstoreBlazor.LogtoEmulator.Pages;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Server.AspNetCore;

namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// <c>/oidc/session/end</c>: ends the emulator's session and sends back-channel logout to the apps that used it.
/// OpenIddict has already checked that a <c>post_logout_redirect_uri</c> is registered for the client named by
/// <c>id_token_hint</c> or <c>client_id</c>.
/// </summary>
internal static class EndSessionEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, InteractionStore interactions, SessionLogout logout)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not attach the end-session request.");
        if (await EmulatorSession.FindAsync(context) is { } session)
            await logout.EndSessionAsync(session.SessionId, session.UserId);
        await EmulatorSession.SignOutAsync(context);
        interactions.End(context);
        if (request.PostLogoutRedirectUri is null)
        {
            return new RazorComponentResult<MessagePage>(new
            {
                Title = "You are signed out",
                Text = "Your Logto emulator session has ended. You can close this page.",
            });
        }

        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
