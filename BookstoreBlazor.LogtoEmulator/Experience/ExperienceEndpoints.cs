using System.Text.RegularExpressions;
using BookstoreBlazor.LogtoEmulator.Localization;
using BookstoreBlazor.LogtoEmulator.Pages;
using BookstoreBlazor.LogtoEmulator.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BookstoreBlazor.LogtoEmulator.Experience;

/// <summary>Logto's sign-in and registration screens: username or email with a password, or Kakao.</summary>
internal static partial class ExperienceEndpoints
{
    public static void MapExperience(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExperienceRoutes.SignIn, ShowSignIn);
        app.MapPost(ExperienceRoutes.SignIn, SignInAsync);
        app.MapGet(ExperienceRoutes.Register, ShowRegister);
        app.MapPost(ExperienceRoutes.Register, RegisterAsync);
    }

    private static IResult ShowSignIn(HttpContext context, InteractionStore interactions, IAntiforgery antiforgery,
        LogtoEmulatorOptions options) =>
        interactions.Current(context) is { } interaction
            ? SignInPage(context, antiforgery, options, interaction, interaction.LoginHint, error: null)
            : NoInteraction(context);

    private static async Task<IResult> SignInAsync(HttpContext context, InteractionStore interactions,
        IAntiforgery antiforgery, UserDirectory users, LogtoEmulatorOptions options, TimeProvider clock)
    {
        var (interaction, form, refusal) = await ReadPostAsync(context, interactions, antiforgery);
        if (refusal is not null)
        {
            return refusal;
        }

        var identifier = form["identifier"].ToString().Trim();
        if (users.SignInWithPassword(identifier, form["password"].ToString()) is not { } user)
        {
            return SignInPage(context, antiforgery, options, interaction, identifier, interaction.Text.IncorrectCredentials);
        }

        return await CompleteAsync(context, interaction, user, clock);
    }

    private static IResult ShowRegister(HttpContext context, InteractionStore interactions, IAntiforgery antiforgery) =>
        interactions.Current(context) is { } interaction
            ? RegisterPage(context, antiforgery, interaction, username: null, name: null, error: null)
            : NoInteraction(context);

    private static async Task<IResult> RegisterAsync(HttpContext context, InteractionStore interactions,
        IAntiforgery antiforgery, UserDirectory users, TimeProvider clock)
    {
        var (interaction, form, refusal) = await ReadPostAsync(context, interactions, antiforgery);
        if (refusal is not null)
        {
            return refusal;
        }

        var username = form["username"].ToString().Trim();
        var name = form["name"].ToString().Trim() is { Length: > 0 } given ? given : null;
        var password = form["password"].ToString();
        var text = interaction.Text;
        var problem = !UsernamePattern().IsMatch(username)
            ? text.InvalidUsername
            : password.Length < 8
                ? text.PasswordTooShort
                : null;
        if (problem is null && users.Register(username, password, name) is { } user)
        {
            return await CompleteAsync(context, interaction, user, clock);
        }

        return RegisterPage(context, antiforgery, interaction, username, name, problem ?? text.UsernameTaken);
    }

    /// <summary>A form post of the experience: antiforgery-checked, and only while a sign-in is in progress.</summary>
    private static async Task<(Interaction Interaction, IFormCollection Form, IResult? Refusal)> ReadPostAsync(
        HttpContext context, InteractionStore interactions, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return (null!, null!, Results.BadRequest());
        }

        return interactions.Current(context) is { } interaction
            ? (interaction, await context.Request.ReadFormAsync(), null)
            : (null!, null!, NoInteraction(context));
    }

    /// <summary>The user is known: start the Logto session and resume the authorization request that sent them here.</summary>
    public static async Task<IResult> CompleteAsync(HttpContext context, Interaction interaction, EmulatorUser user, TimeProvider clock)
    {
        await EmulatorSession.SignInAsync(context, user, clock);
        interaction.SignedIn = true;
        return Results.Redirect(interaction.ResumeUrl);
    }

    /// <summary>Without an interaction there is no <c>ui_locales</c> to go by, only the browser's languages.</summary>
    public static RazorComponentResult<MessagePage> NoInteraction(HttpContext context)
    {
        var text = ExperienceText.For(LanguageChoice.FromAcceptLanguage(context.Request));
        return new(new { Title = text.ExpiredTitle, Text = text.ExpiredText, Lang = text.Language.Tag })
        {
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }

    private static RazorComponentResult<SignInPage> SignInPage(HttpContext context, IAntiforgery antiforgery,
        LogtoEmulatorOptions options, Interaction interaction, string? identifier, string? error) => new(new
    {
        Tokens = antiforgery.GetAndStoreTokens(context),
        interaction.Text,
        Identifier = identifier,
        Error = error,
        TestAccountHint = options.ShowTestAccountHint ? options.TestAccounts.FirstOrDefault() : null,
    })
    { StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest };

    private static RazorComponentResult<RegisterPage> RegisterPage(HttpContext context, IAntiforgery antiforgery,
        Interaction interaction, string? username, string? name, string? error) => new(new
    {
        Tokens = antiforgery.GetAndStoreTokens(context),
        interaction.Text,
        Username = username,
        Name = name,
        Error = error,
    })
    { StatusCode = error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest };

    // Logto's default username rule.
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    private static partial Regex UsernamePattern();
}
