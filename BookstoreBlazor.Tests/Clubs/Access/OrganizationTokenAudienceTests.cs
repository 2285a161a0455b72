using BookstoreBlazor.Authentication;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Sessions;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Clubs.Access;

/// <summary>
/// A token's <c>scope</c> only counts for the club its <c>aud</c> names and the user its <c>sub</c> names: whatever else
/// sits in a club's slot of the session (another club's token, the API's, garbage) grants nothing.
/// </summary>
public sealed class OrganizationTokenAudienceTests
{
    public static TheoryData<string> Strangers => new() { "another club's token", "another user's token", "the API token", "not a JWT" };

    [Theory]
    [MemberData(nameof(Strangers))]
    [SecurityCase(CatalogueArea.Clubs, "Another club's or another user's organization token (or the API token) in a club's place in the session",
        "Not used: a token counts only when its `aud` is `urn:logto:organization:{that club}` and its `sub` the user; the club is unavailable instead")]
    public async Task ATokenNotForTheClub_GrantsNothing(string stranger)
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        // The admin owns 漱石を読む会: their token there carries every permission.
        await env.SignInAsync("admin");
        Assert.True((await env.AccessAsync(env.ClubId(OrganizationSeed.SosekiReaders))).CanInvite);
        var adminsToken = (await env.OrganizationTokenAsync(env.ClubId(OrganizationSeed.SosekiReaders)))!;
        await env.SignOutAsync();
        await env.SignInAsync("reader");
        var midnight = env.ClubId(OrganizationSeed.MidnightReaders);
        var soseki = env.ClubId(OrganizationSeed.SosekiReaders);
        Assert.True((await env.AccessAsync(midnight)).CanInvite);
        Assert.Equal(["read:club"], (await env.AccessAsync(soseki)).Permissions);
        var ticket = await SavedTokens.ReadAsync(env);
        var replacement = stranger switch
        {
            // The owner's token for 한밤의 독서회 where the member's for 漱石を読む会 should be.
            "another club's token" => (await env.OrganizationTokenAsync(midnight))!,
            "another user's token" => adminsToken,
            "the API token" => (await env.App.Services.GetRequiredService<BookstoreBlazor.Sessions.Refresh.SessionRefresher>()
                .GetApiAccessTokenAsync(ticket.Principal.GetSessionId()!, CancellationToken.None))!,
            _ => "not-a-jwt",
        };
        ticket = await SavedTokens.ReadAsync(env);
        ticket.Properties.UpdateTokenValue($"organization:{soseki}:access_token", replacement);
        await env.App.Services.GetRequiredService<ServerSideTicketStore>().SaveAsync(ticket.Principal.GetSessionId()!, ticket, CancellationToken.None);

        var access = await env.AccessAsync(soseki);

        Assert.Equal(ClubAccessState.Unavailable, access.State);
        Assert.Empty(access.Permissions);
        Assert.False(access.CanRead);
    }
}
