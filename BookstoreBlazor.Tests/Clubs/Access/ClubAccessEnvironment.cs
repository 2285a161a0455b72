using System.Security.Claims;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Clubs.Access;

/// <summary>
/// The app and the emulator with its seeded clubs: <c>reader</c> owns 한밤의 독서회 and is a member of 漱石を読む会, which
/// <c>admin</c> owns. Club access is asked the way a page asks it, with the signed-in user's principal.
/// </summary>
internal static class ClubAccessEnvironment
{
    public const string Password = "bookstore";

    public static IClubAccess Access(this EmulatorEnvironment env) => env.App.Services.GetRequiredService<IClubAccess>();

    public static string ClubId(this EmulatorEnvironment env, OrganizationSeed seed) => env.Logto.Organizations.FindByName(seed.Name)!.Id;

    public static string UserId(this EmulatorEnvironment env, string username) => env.Logto.Users.FindByIdentifier(username)!.Id;

    public static Task<BrowserPage> SignInAsync(this EmulatorEnvironment env, string username) =>
        env.SignInWithPasswordAsync(username, Password);

    /// <summary>Signs <c>reader</c> in and has the session get its token for the club they own; returns that club's id.</summary>
    public static async Task<string> SignInWithOwnedClubTokenAsync(this EmulatorEnvironment env)
    {
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        var access = await env.AccessAsync(midnight);
        Assert.True(access.CanInvite, $"The owner's access is {access.State} with [{string.Join(' ', access.Permissions)}].");
        return midnight;
    }

    /// <summary>The signed-in user as the session holds them now (what the next page load's principal is).</summary>
    public static async Task<ClaimsPrincipal> UserAsync(this EmulatorEnvironment env) => (await SavedTokens.ReadAsync(env)).Principal;

    public static async Task<ClubAccess> AccessAsync(this EmulatorEnvironment env, string? clubId) =>
        await env.Access().ForAsync(await env.UserAsync(), clubId);

    public static async Task<string> RefreshTokenAsync(this EmulatorEnvironment env) =>
        (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue("refresh_token")!;

    /// <summary>The session's organization token for the club, as the server keeps it.</summary>
    public static async Task<string?> OrganizationTokenAsync(this EmulatorEnvironment env, string clubId) =>
        (await SavedTokens.ReadAsync(env)).Properties.GetTokenValue($"organization:{clubId}:access_token");

    public static string[] Clubs(this ClaimsPrincipal user) => [.. user.FindAll("organizations").Select(c => c.Value)];

    public static string[] ClubRoles(this ClaimsPrincipal user) => [.. user.FindAll("organization_roles").Select(c => c.Value)];
}
