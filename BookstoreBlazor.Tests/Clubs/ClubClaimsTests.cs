using System.Security.Claims;
using BookstoreBlazor.Clubs;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Clubs;

public sealed class ClubClaimsTests
{
    private static ClaimsPrincipal User(string[] organizations, params string[] organizationRoles) =>
        new(new ClaimsIdentity(
            [
                new Claim("sub", "reader"),
                .. organizations.Select(id => new Claim(ClubClaims.Organizations, id)),
                .. organizationRoles.Select(role => new Claim(ClubClaims.OrganizationRoles, role)),
            ], "test"));

    private static IReadOnlyList<ClubMembership> Read(ClaimsPrincipal user) => ClubClaims.Read(user, "owner");

    [Fact]
    public void EachOrganization_IsAClub_WithItsRoles_InLogtosOrder()
    {
        var clubs = Read(User(["x8k2m9q4w1zt", "abc123"], "abc123:member", "x8k2m9q4w1zt:owner", "x8k2m9q4w1zt:member"));

        Assert.Equal(["x8k2m9q4w1zt", "abc123"], clubs.Select(c => c.ClubId));
        Assert.Equal(["member", "owner"], clubs[0].Roles.Order());
        Assert.True(clubs[0].IsOwner);
        Assert.Equal(["member"], clubs[1].Roles);
        Assert.False(clubs[1].IsOwner);
    }

    [Fact]
    public void NoOrganizationClaims_MeansNoClubs()
    {
        Assert.Empty(Read(User([])));
        Assert.Empty(Read(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    [Fact]
    public void AnOrganizationWithoutRoles_IsStillAClub_ButNoOwnersOne()
    {
        var club = Assert.Single(Read(User(["abc123"])));

        Assert.Empty(club.Roles);
        Assert.False(club.IsOwner);
    }

    [Theory]
    [InlineData("../abc")]
    [InlineData("abc/def")]
    [InlineData("..")]
    [InlineData("ABC123")]
    [InlineData("Abc123")]
    [InlineData("abc 123")]
    [InlineData(" abc123")]
    [InlineData("abc-123")]
    [InlineData("abc:123")]
    [InlineData("abc%2F")]
    [InlineData("")]
    [InlineData("abc１２３")] // full-width digits
    [InlineData("ábc")]
    [InlineData("[\"abc123\"]")] // the whole JSON array as one value
    public void AMalformedOrganizationId_IsIgnored_WithItsRoles(string hostile)
    {
        var clubs = Read(User([hostile, "good1"], $"{hostile}:owner", "good1:member"));

        Assert.Equal("good1", Assert.Single(clubs).ClubId);
        Assert.False(clubs[0].IsOwner);
    }

    [Fact]
    public void AnIdOf33Or200Characters_IsIgnored_32IsKept()
    {
        var longest = new string('a', 32);

        var clubs = Read(User([new string('b', 33), new string('c', 200), longest], $"{new string('c', 200)}:owner"));

        Assert.Equal(longest, Assert.Single(clubs).ClubId);
    }

    [Fact]
    [BookstoreBlazor.Tests.Catalogue.SecurityCase(BookstoreBlazor.Tests.Catalogue.CatalogueArea.Authorization,
        "`organization_roles` names an organization missing from `organizations` (e.g. `other:owner`)",
        "Ignored: a role counts only in a club the user is listed in, so nobody becomes an owner of a club they are not in")]
    public void ARoleForAnOrganizationTheUserIsNotIn_IsIgnored()
    {
        var clubs = Read(User(["mine1"], "theirs1:owner", "mine1:member", "MINE1:owner", "mine1 :owner"));

        var club = Assert.Single(clubs);
        Assert.Equal(("mine1", false), (club.ClubId, club.IsOwner));
        Assert.Equal(["member"], club.Roles);
    }

    [Fact]
    public void DuplicateOrganizationsAndRoles_CountOnce()
    {
        var clubs = Read(User(["abc123", "abc123", "def456", "abc123"], "abc123:owner", "abc123:owner", "def456:member"));

        Assert.Equal(["abc123", "def456"], clubs.Select(c => c.ClubId));
        Assert.Equal(["owner"], clubs[0].Roles);
    }

    [Fact]
    public void ARoleIsSplitAtTheFirstColon_SoARoleNameMayHoldOne()
    {
        var club = Assert.Single(Read(User(["abc123"], "abc123:book:owner", "abc123:owner")));

        Assert.Equal(["book:owner", "owner"], club.Roles.Order(StringComparer.Ordinal));
        Assert.True(club.IsOwner);
    }

    [Theory]
    [InlineData("abc123:")]
    [InlineData(":owner")]
    [InlineData("abc123")]
    [InlineData("abc123: owner")]
    [InlineData("abc123:owner ")]
    [InlineData("abc123:own\ner")]
    [InlineData("abc123:Owner")]
    public void AMalformedOrNearMissRole_GivesNoOwnership(string role)
    {
        var club = Assert.Single(Read(User(["abc123"], role)));

        Assert.False(club.IsOwner);
        Assert.DoesNotContain("owner", club.Roles);
    }

    [Fact]
    public void ARoleNameLongerThanLogtoAllows_IsIgnored()
    {
        var club = Assert.Single(Read(User(["abc123"], "abc123:" + new string('r', 129), "abc123:" + new string('s', 128))));

        Assert.Equal([new string('s', 128)], club.Roles);
    }

    [Fact]
    public void TheOwnerRole_IsTheConfiguredName_ComparedExactly()
    {
        var user = User(["abc123", "def456"], "abc123:owner", "def456:club-admin");
        var memberships = new ClubMemberships(Options.Create(new ClubOptions { OwnerRole = " club-admin " }));

        Assert.Equal([false, true], memberships.Of(user).Select(c => c.IsOwner));
        Assert.True(memberships.In(user, "def456")!.IsOwner);
        Assert.Null(memberships.In(user, "zzz999"));
        Assert.Null(memberships.In(user, "../def456"));
        Assert.Null(memberships.In(user, null));
    }
}
