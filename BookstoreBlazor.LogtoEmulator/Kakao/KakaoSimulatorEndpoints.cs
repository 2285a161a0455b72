using System.Text.Json.Nodes;
using BookstoreBlazor.LogtoEmulator.Experience;
using BookstoreBlazor.LogtoEmulator.Localization;
using BookstoreBlazor.LogtoEmulator.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>Kakao's authorize/consent page, token endpoint and <c>/v2/user/me</c>, as Logto's connector calls them.</summary>
internal static class KakaoSimulatorEndpoints
{
    public static void MapKakaoSimulator(this IEndpointRouteBuilder app)
    {
        app.MapGet(KakaoRoutes.Authorize, ShowConsent);
        app.MapPost(KakaoRoutes.Authorize, DecideAsync);
        app.MapPost(KakaoRoutes.Token, RedeemCodeAsync);
        app.MapMethods(KakaoRoutes.UserMe, ["GET", "POST"], UserMe);
        app.MapGet(KakaoRoutes.Images + "/{file}", KakaoAvatars.Render);
    }

    private static IResult ShowConsent(HttpContext context, KakaoSimulator kakao, IAntiforgery antiforgery,
        InteractionStore interactions, string? client_id, string? redirect_uri, string? response_type, string? state)
    {
        if (!kakao.IsKnownClient(client_id, redirect_uri) || response_type != "code")
        {
            return KakaoError();
        }

        return new RazorComponentResult<KakaoConsentPage>(new
        {
            Tokens = antiforgery.GetAndStoreTokens(context),
            Text = KakaoText.For(ConsentLanguage(context, interactions)),
            Accounts = kakao.Options.Accounts,
            kakao.ImageBase,
            ClientId = client_id!,
            RedirectUri = redirect_uri!,
            State = state,
        });
    }

    /// <summary>
    /// Logto's Kakao connector sends Kakao no language, and the real Kakao speaks the browser's. The simulator sits in
    /// the emulator's process, so it takes the language of the sign-in in progress (its <c>ui_locales</c>, else the
    /// browser's), which stands in for a Korean or Japanese user whose browser speaks their language.
    /// </summary>
    private static ExperienceLanguage? ConsentLanguage(HttpContext context, InteractionStore interactions) =>
        interactions.Current(context)?.Language ?? LanguageChoice.FromAcceptLanguage(context.Request);

    private static async Task<IResult> DecideAsync(HttpContext context, KakaoSimulator kakao, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync();
        string? redirectUri = form["redirect_uri"];
        if (!kakao.IsKnownClient(form["client_id"], redirectUri))
        {
            return KakaoError();
        }

        var answer = new Dictionary<string, string?> { ["state"] = form["state"] };
        var account = long.TryParse(form["account"], out var id) ? kakao.FindAccount(id) : null;
        if (form["decision"] == "agree" && account is not null)
        {
            answer["code"] = kakao.IssueCode(account, redirectUri!, emailShared: form["share_email"] == "true");
        }
        else
        {
            // What Kakao sends when the user presses Cancel on its consent screen.
            answer["error"] = "access_denied";
            answer["error_description"] = "User denied access";
        }

        return Results.Redirect(QueryHelpers.AddQueryString(redirectUri!, answer));
    }

    private static async Task<IResult> RedeemCodeAsync(HttpContext context, KakaoSimulator kakao)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync();
        var accessToken = form["grant_type"] == "authorization_code"
            ? kakao.RedeemCode(form["code"].ToString(), form["client_id"], form["client_secret"], form["redirect_uri"])
            : null;
        if (accessToken is null)
        {
            return Results.Json(new { error = "invalid_grant", error_description = "authorization code not found", error_code = "KOE320" },
                statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(new
        {
            token_type = "bearer",
            access_token = accessToken,
            expires_in = 21599,
            refresh_token = "simulated-" + accessToken,
            refresh_token_expires_in = 5183999,
            scope = "account_email profile_image profile_nickname",
        });
    }

    private static IResult UserMe(HttpContext context, KakaoSimulator kakao, TimeProvider clock)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var grant = header.StartsWith("Bearer ", StringComparison.Ordinal) ? kakao.FindGrant(header["Bearer ".Length..]) : null;
        if (grant is null)
        {
            return Results.Json(new { msg = "this access token does not exist", code = -401 }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var me = KakaoUserMe.For(grant.Account, kakao.ImageBase, clock.GetUtcNow());
        if (!grant.EmailShared && me["kakao_account"] is JsonObject account && account["has_email"]?.GetValue<bool>() == true)
        {
            // The user unticked the optional email item: Kakao says the email needs agreement and leaves it out.
            account.Remove("email");
            account.Remove("is_email_valid");
            account.Remove("is_email_verified");
            account["email_needs_agreement"] = true;
        }

        return Results.Text(me.ToJsonString(), "application/json; charset=utf-8");
    }

    private static RazorComponentResult<MessagePage> KakaoError() => new(new
    {
        Title = "잘못된 요청 · Bad request",
        Text = "KOE006: the app key or the redirect URI is not registered for this Kakao app.",
    })
    { StatusCode = StatusCodes.Status400BadRequest };
}
