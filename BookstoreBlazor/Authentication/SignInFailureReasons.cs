using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BookstoreBlazor.Authentication;

/// <summary>
/// The reasons the sign-in-failed page knows. Only these codes ever reach the page: Logto's own
/// <c>error_description</c> is logged, never shown, so a crafted link cannot put words on our page.
/// </summary>
public static class SignInFailureReasons
{
    /// <summary>The failure page's query parameter that carries the reason.</summary>
    public const string Parameter = "reason";

    public const string Cancelled = "access_denied";
    public const string LoginRequired = "login_required";
    public const string ConsentRequired = "consent_required";
    public const string InteractionRequired = "interaction_required";
    public const string ServerError = "server_error";
    public const string TemporarilyUnavailable = "temporarily_unavailable";
    public const string Unreachable = "unreachable";
    public const string Failed = "failed";

    private static readonly string[] FromLogto =
        [Cancelled, LoginRequired, ConsentRequired, InteractionRequired, ServerError, TemporarilyUnavailable];

    public static string FromFailure(Exception? failure) => failure switch
    {
        OpenIdConnectProtocolException { Data: var data } when data["error"] is string error =>
            FromLogto.Contains(error) ? error : Failed,
        // Logto answered, with an error status (e.g. userinfo failing): it is up but failing, not unreachable.
        HttpRequestException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError } => ServerError,
        HttpRequestException or TaskCanceledException or TimeoutException => Unreachable,
        { InnerException: { } inner } => FromFailure(inner),
        _ => Failed,
    };

    public static string Normalize(string? reason) =>
        reason is not null && (FromLogto.Contains(reason) || reason == Unreachable) ? reason : Failed;
}
