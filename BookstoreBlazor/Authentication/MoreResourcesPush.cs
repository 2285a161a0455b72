using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// Pushes an authorization request naming several resources to Logto's PAR endpoint. The handler would post its
/// parameter dictionary, which holds one <c>resource</c>; this posts them all, authenticated as the handler would
/// (<c>client_secret</c> in the body), and hands the handler the <c>request_uri</c> to send the browser with. (The
/// handler allows one of HandlePush and HandleClientAuthentication; its own client authentication only touches the copy
/// it would have posted.)
/// </summary>
internal static class MoreResourcesPush
{
    public static async Task PushAsync(PushedAuthorizationContext context, MoreResourcesMessage request)
    {
        var aborted = context.HttpContext.RequestAborted;
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(aborted);
        var form = request.FormParameters().ToList();
        if (!string.IsNullOrEmpty(context.Options.ClientSecret))
            form.Add(KeyValuePair.Create(OpenIdConnectParameterNames.ClientSecret, context.Options.ClientSecret));

        using var response = await context.Options.Backchannel.PostAsync(configuration.PushedAuthorizationRequestEndpoint,
            new FormUrlEncodedContent(form), aborted);
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
            throw new InvalidOperationException($"Logto's pushed authorization endpoint answered HTTP {(int)response.StatusCode} without JSON.");

        var answer = new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(aborted));
        var requestUri = answer.GetParameter("request_uri")
            ?? throw new OpenIdConnectProtocolException(
                $"Logto refused the pushed authorization request: {answer.Error ?? "no request_uri"} ({answer.ErrorDescription}).");
        context.HandlePush(requestUri);
    }
}
