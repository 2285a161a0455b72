using BookstoreBlazor.LogtoEmulator.Experience;
using BookstoreBlazor.LogtoEmulator.Localization;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.LogtoEmulator.Pages;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BookstoreBlazor.LogtoEmulator.Kakao;

/// <summary>Logto's side of a Kakao sign-in: start it from the experience, and take Kakao's callback.</summary>
internal static class KakaoConnectorEndpoints
{
    public static void MapKakaoConnector(this IEndpointRouteBuilder app)
    {
        app.MapGet(KakaoRoutes.ConnectorStart, Start);
        app.MapGet(KakaoRoutes.ConnectorCallback, CallbackAsync);
    }

    private static IResult Start(HttpContext context, InteractionStore interactions, KakaoConnector connector) =>
        interactions.Current(context) is { } interaction
            ? Results.Redirect(connector.AuthorizationUrl(interaction))
            : ExperienceEndpoints.NoInteraction(context);

    private static async Task<IResult> CallbackAsync(HttpContext context, InteractionStore interactions,
        KakaoConnector connector, KakaoSimulator kakao, UserDirectory users, OrganizationSeeding organizations, TimeProvider clock,
        string? code, string? state, string? error)
    {
        if (interactions.Current(context) is not { } interaction)
        {
            return ExperienceEndpoints.NoInteraction(context);
        }

        if (state is null || state != interaction.SocialState)
        {
            return Failed(interaction.Text, interaction.Text.KakaoForeignAnswer);
        }

        interaction.SocialState = null;
        if (error is not null || code is null)
        {
            interaction.Denied = true;
            return Results.Redirect(interaction.ResumeUrl);
        }

        if (await connector.GetProfileAsync(code, context.RequestAborted) is not { } profile)
        {
            return Failed(interaction.Text, interaction.Text.KakaoRefused);
        }

        // Roles and organizations an admin gave the account up front (test settings); the emulator's Kakao and Logto
        // share one process.
        var isKakaoId = long.TryParse(profile.Id, out var kakaoId);
        var extraRoles = isKakaoId ? kakao.FindAccount(kakaoId)?.Roles : null;
        var (user, created) = users.SignInWithIdentity(KakaoRoutes.Target, profile, extraRoles);
        if (created && isKakaoId)
        {
            organizations.OnKakaoUserCreated(kakaoId, user.Id);
        }

        return await ExperienceEndpoints.CompleteAsync(context, interaction, user, clock);
    }

    private static RazorComponentResult<MessagePage> Failed(ExperienceText text, string message) =>
        new(new { Title = text.KakaoFailedTitle, Text = message, Lang = text.Language.Tag })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };
}
