using System.Security.Claims;
using BookstoreBlazor.Authentication;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Clubs;
using BookstoreBlazor.Clubs.Access;
using BookstoreBlazor.Clubs.Management;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookstoreBlazor.Tests.Components.Pages.Clubs;

/// <summary>
/// A club page test: the real reading list, club shelves and catalogue over a fresh SQLite database holding two books,
/// the real claims reader, and stand-ins for club access (organization tokens) and the club directory (Management API).
/// </summary>
public abstract class ClubTestContext : BookstoreTestContext, IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected const string Club = "readers1club";
    protected const string OtherClub = "poets2club";
    protected const string ClubName = "한밤의 독서회";
    protected const string Austen = "9780000000019";
    protected const string Soseki = "9780000000026";

    protected const string OwnerSub = "owner-sub";
    protected const string OwnerName = "책벌레 Owner";
    protected const string OwnerEmail = "owner@example.com";
    protected const string MemberSub = "member-sub";
    protected const string MemberName = "Minsu";

    /// <summary>What a section says in English when Logto's Management API could not be asked.</summary>
    protected const string LogtoUnavailable = "Logto could not be asked just now. Reload the page to try again.";

    protected BookDatabase Books { get; private set; } = null!;
    protected FakeClubAccess ClubAccess { get; } = new();
    protected FakeClubDirectory Directory { get; } = new();
    protected ClubOptions ClubOptions { get; } = new();

    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IClubAccess>(ClubAccess);
        services.AddSingleton<IClubDirectory>(Directory);
        services.AddSingleton(Options.Create(ClubOptions));
        services.AddSingleton<ClubMemberships>();
        // Resolved at the first render, after InitializeAsync has made the database.
        services.AddSingleton(_ => Books.ClubReadingList);
        services.AddSingleton(_ => Books.ClubShelves);
        services.AddSingleton(_ => Books.Catalog);
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        Books = await BookDatabase.CreateAsync();
        await Books.AddAsync(Austen, "Pride and Prejudice", ["Jane Austen"]);
        await Books.AddAsync(Soseki, "こころ", ["夏目漱石"], language: "ja", authorsLatin: ["Natsume Sōseki"], alternateTitle: "Kokoro");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Books.DisposeAsync();
    }

    /// <summary>Signs in with Logto's organization claims: each club with the roles held in it.</summary>
    protected ClaimsPrincipal SignInWithClubs(string sub, string name, string? email, params (string ClubId, string Role)[] clubs) =>
        SignInAs(ClubClaims(sub, name, email, clubs));

    protected static Claim[] ClubClaims(string sub, string name, string? email, params (string ClubId, string Role)[] clubs) =>
    [
        new(LogtoClaimTypes.Subject, sub),
        new(LogtoClaimTypes.Name, name),
        .. email is null ? Array.Empty<Claim>() : [new Claim(LogtoClaimTypes.Email, email)],
        .. clubs.Select(c => c.ClubId).Distinct().Select(id => new Claim(BookstoreBlazor.Clubs.ClubClaims.Organizations, id)),
        .. clubs.Select(c => new Claim(BookstoreBlazor.Clubs.ClubClaims.OrganizationRoles, $"{c.ClubId}:{c.Role}")),
    ];

    /// <summary>The club's owner, signed in, with Logto granting them the owner's organization permissions.</summary>
    protected ClaimsPrincipal SignInAsOwner()
    {
        ClubAccess.Answer(FakeClubAccess.Owner(Club));
        return SignInWithClubs(OwnerSub, OwnerName, OwnerEmail, (Club, "owner"));
    }

    protected ClaimsPrincipal SignInAsMember()
    {
        ClubAccess.Answer(FakeClubAccess.Member(Club));
        return SignInWithClubs(MemberSub, MemberName, "minsu@example.com", (Club, "member"));
    }

    /// <summary>The club as Logto's Management API knows it: a name, a description, an owner and a member.</summary>
    protected void DirectoryKnowsTheClub()
    {
        Directory.Clubs[Club] = new ClubInfo(Club, ClubName, "We read at midnight.");
        Directory.Members[Club] =
        [
            new ClubMember(OwnerSub, OwnerName, null, ["owner"]),
            new ClubMember(MemberSub, MemberName, "https://k.kakaocdn.net/dn/minsu.jpg", ["member"]),
        ];
    }

    protected IRenderedComponent<TPage> RenderPage<TPage>(string url, Action<ComponentParameterCollectionBuilder<TPage>>? parameters = null)
        where TPage : IComponent
    {
        GoTo(url);
        var cut = Render<TPage>(parameters ?? (_ => { }));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-skeleton")), Patience);
        return cut;
    }

    protected IRenderedComponent<BookstoreBlazor.Components.Pages.Clubs.ClubPage> RenderClub(string clubId = Club) =>
        RenderPage<BookstoreBlazor.Components.Pages.Clubs.ClubPage>(ClubRoutes.Club(clubId), p => p.Add(x => x.ClubId, clubId));

    protected Task<IReadOnlyList<ClubBook>> ListedAsync(string clubId = Club) => Books.ClubReadingList.ListAsync(clubId);

    protected Task ShelveAsync(string reader, string isbn, ShelfState state, int? rating = null, string? note = null, bool visible = true) =>
        Books.Shelf.SaveAsync(reader, isbn, new ShelfChange(state, rating, note, visible), null);

    protected static string Text<T>(IRenderedComponent<T> cut, string testId) where T : IComponent => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    protected static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
