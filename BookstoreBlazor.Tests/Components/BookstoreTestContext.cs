using System.Security.Claims;
using BookstoreBlazor.Api;
using BookstoreBlazor.Authentication;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace BookstoreBlazor.Tests.Components;

/// <summary>
/// The services every Bookstore component needs (MudBlazor, Logto options, antiforgery, auth), so a test
/// only arranges the user and the page it is on.
/// </summary>
public abstract class BookstoreTestContext : BunitContext, IAsyncLifetime
{
    public const string AntiforgeryFieldName = "__RequestVerificationToken";
    public const string AntiforgeryTokenValue = "test-token";

    protected BookstoreTestContext()
    {
        Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
            o.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddSingleton(Options.Create(Logto));
        Services.AddSingleton<AntiforgeryStateProvider, FakeAntiforgeryStateProvider>();
        Services.AddSingleton<IApiGrants>(ApiGrants);
        Services.AddSingleton(TimeProvider.System);
        // The app's resources; a test picks the language with CultureInfo.CurrentUICulture (English unless it does).
        Services.AddLocalization();
        Auth = AddAuthorization();
        AddServices(Services);

        // Both build the service provider, so they come after every registration.
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>
    /// Services a test class adds or replaces (e.g. the real authorization service for bUnit's stand-in). Runs inside this
    /// constructor, before the provider is built: a derived class's field initializers have run, its constructor has not.
    /// </summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>The Logto configuration components see; change it before rendering.</summary>
    protected LogtoOptions Logto { get; } = new()
    {
        Endpoint = "https://tenant.logto.app",
        AppId = "app",
        AppSecret = "secret",
    };

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>What the profile's API card is told about the session's API token; not configured unless a test says so.</summary>
    protected FakeApiGrants ApiGrants { get; } = new();

    protected BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    /// <summary>Signs in a Logto user holding exactly these claims (see <see cref="LogtoClaimTypes"/>).</summary>
    protected ClaimsPrincipal SignInAs(params Claim[] claims)
    {
        // bUnit puts the name under ClaimTypes.Name; the app must read Logto's "name" claim, never that one.
        Auth.SetAuthorized("bunit-identity-name");
        Auth.SetClaims(claims);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "Logto", LogtoClaimTypes.Name, LogtoClaimTypes.Roles));
    }

    /// <summary>A typical Kakao user: nickname, no username, optional email and picture.</summary>
    protected ClaimsPrincipal SignInAsKakaoUser(string? email = null, string? picture = null) =>
        SignInAs(KakaoClaims(email, picture));

    protected static Claim[] KakaoClaims(string? email = null, string? picture = null) =>
    [
        new(LogtoClaimTypes.Subject, KakaoSub),
        new(LogtoClaimTypes.Name, KakaoNickname),
        new(LogtoClaimTypes.Username, ""),
        new(LogtoClaimTypes.Email, email ?? ""),
        new(LogtoClaimTypes.Picture, picture ?? ""),
    ];

    protected const string KakaoSub = "kakao-sub-123";
    protected const string KakaoNickname = "카카오테스터";
    protected const string KakaoPicture = "https://k.kakaocdn.net/dn/avatar/profile.jpg";

    /// <summary>Makes the current page <paramref name="relativeUri"/>, as if the browser were on it.</summary>
    protected void GoTo(string relativeUri) => Navigation.NavigateTo(relativeUri);

    /// <summary>Renders a popover host first, so a menu's content can be found in its markup once opened.</summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // xUnit v2 disposes test classes synchronously, which MudBlazor's async-only services refuse;
    // it runs this first, after which the synchronous Dispose has nothing left to do.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private sealed class FakeAntiforgeryStateProvider : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() =>
            new(AntiforgeryTokenValue, AntiforgeryFieldName);
    }
}
