using BookstoreBlazor.Authentication;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.LogtoEmulator.Organizations;
using BookstoreBlazor.Tests.Catalogue;
using BookstoreBlazor.Tests.Infrastructure;

namespace BookstoreBlazor.Tests.Clubs.Access;

/// <summary>
/// Clubs the user may not see: Logto refuses their organization token (403 <c>access_denied</c>, or
/// <c>insufficient_scope</c> for a session signed in without the organization scopes) before it rotates the refresh
/// token, so the refusal costs the session nothing; an id that is not Logto's never reaches Logto at all.
/// </summary>
public sealed class OrganizationRefusalTests
{
    public static TheoryData<string> NotTheirs => new() { "another club", "unknown club" };

    [Theory]
    [MemberData(nameof(NotTheirs))]
    [SecurityCase(CatalogueArea.Clubs, "Asking for a club the user is not in: another club's id, or a well-formed id no organization has",
        "Not a member: Logto refuses the organization token (403 `access_denied`); the session and its refresh token go on unspent")]
    public async Task AClubTheUserIsNotIn_IsNotAMember_AndTheSessionGoesOnUnspent(string which)
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInAsync("admin");
        // The admin is in 漱石を読む会 only.
        var clubId = which == "another club" ? env.ClubId(OrganizationSeed.MidnightReaders) : "zzzz0000zzzz";
        var refreshToken = await env.RefreshTokenAsync();
        var requestsBefore = env.Logto.Statistics.Requests;

        var refused = await env.AccessAsync(clubId);

        Assert.Equal(ClubAccessState.NotAMember, refused.State);
        Assert.Empty(refused.Permissions);
        Assert.False(refused.CanRead);
        Assert.True(env.Logto.Statistics.Requests > requestsBefore);
        Assert.Null(await env.OrganizationTokenAsync(clubId));
        // Logto refused before rotating: the session kept its refresh token, which still works for the user's own club.
        Assert.Equal(refreshToken, await env.RefreshTokenAsync());
        Assert.Equal(ClubAccessState.Granted, (await env.AccessAsync(env.ClubId(OrganizationSeed.SosekiReaders))).State);
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }

    public static TheoryData<string?> Malformed => new()
    {
        null, "", "ABCDEF123456", "abc' OR '1'='1", "../admin", "abc%20def", "abc def", "abc:owner", new string('a', 33), "ａｂｃ",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    [SecurityCase(CatalogueArea.Clubs, "A forged or malformed club id (SQL, paths, separators, upper case, too long, full-width)",
        "Not a member, decided before Logto is asked; nothing about it is stored in the session")]
    public async Task AMalformedClubId_IsNotAMember_WithoutAskingLogto(string? clubId)
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInAsync("reader");
        var user = await env.UserAsync();
        var requestsBefore = env.Logto.Statistics.Requests;

        var refused = await env.Access().ForAsync(user, clubId);

        Assert.Equal(ClubAccessState.NotAMember, refused.State);
        Assert.Equal(clubId ?? "", refused.ClubId);
        Assert.Equal(requestsBefore, env.Logto.Statistics.Requests);
        Assert.DoesNotContain((await SavedTokens.ReadAsync(env)).Properties.Items.Keys, key => key.Contains("organization:"));
    }

    [Fact]
    [SecurityCase(CatalogueArea.Clubs, "A session signed in without the organization scopes asking for a club",
        "Needs sign-in: Logto refuses the organization token (403 `insufficient_scope`) before rotating; the session goes on")]
    public async Task ASessionWithoutTheOrganizationScopes_NeedsSignIn_AndGoesOn()
    {
        await using var env = await EmulatorEnvironment.StartAsync(settings: new Dictionary<string, string?>
        {
            // As a session signed in before Bookstore asked for clubs.
            ["Logto:Scopes"] = "openid profile email offline_access identities roles",
        });
        await env.SignInAsync("reader");
        var refreshToken = await env.RefreshTokenAsync();

        var refused = await env.AccessAsync(env.ClubId(OrganizationSeed.MidnightReaders));

        Assert.Equal(ClubAccessState.NeedsSignIn, refused.State);
        Assert.DoesNotContain(LogtoOrganizations.Resource, env.Logto.AuthorizationRequests.LastAuthorization!["resource"].Split(' '));
        Assert.Equal(refreshToken, await env.RefreshTokenAsync());
        Assert.Equal("You are signed in with Logto.", (await env.GoAsync("/")).Text("auth-state"));
    }

    [Fact]
    public async Task SignedOut_IsSignedOut_WithoutAskingLogto()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        var requestsBefore = env.Logto.Statistics.Requests;

        var access = await env.Access().ForAsync(new System.Security.Claims.ClaimsPrincipal(), env.ClubId(OrganizationSeed.MidnightReaders));

        Assert.Equal(ClubAccessState.SignedOut, access.State);
        Assert.Equal(requestsBefore, env.Logto.Statistics.Requests);
    }

    [Fact]
    public async Task ASessionEndedElsewhere_IsSignedOut()
    {
        await using var env = await EmulatorEnvironment.StartAsync();
        await env.SignInAsync("reader");
        var user = await env.UserAsync();
        await env.SignOutAsync();

        var access = await env.Access().ForAsync(user, env.ClubId(OrganizationSeed.MidnightReaders));

        Assert.Equal(ClubAccessState.SignedOut, access.State);
    }

    /// <summary>Whatever the status (403 today; 400 for access_denied in the version Logto's integration tests pin).</summary>
    [Theory]
    [InlineData("access_denied", false)]
    [InlineData("insufficient_scope", false)]
    [InlineData("invalid_grant", true)]
    public void AnOrganizationRefusal_LeavesTheGrant_OtherRefusalsDoNot(string error, bool grantIsGone)
    {
        var forOrganization = new RefreshOutcome(RefreshStatus.Rejected, Error: error, ForOrganization: true);
        var plain = new RefreshOutcome(RefreshStatus.Rejected, Error: error);

        Assert.Equal(grantIsGone, forOrganization.GrantIsGone);
        Assert.Equal(!grantIsGone, forOrganization.IsOrganizationRefusal);
        Assert.True(plain.GrantIsGone);
    }
}
