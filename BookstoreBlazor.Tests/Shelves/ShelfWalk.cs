using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.LogtoEmulator.Kakao;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Shelves;

/// <summary>Shelves in a running app: its own catalogue editor and shelf service, and readers known by their Logto <c>sub</c>.</summary>
public static class ShelfWalk
{
    /// <summary>The Logto user id (<c>sub</c>) the emulator gave this Kakao account when it first signed in.</summary>
    public static string SubjectOf(this EmulatorEnvironment env, KakaoAccount account) =>
        env.Logto.Users.FindByIdentity(KakaoTarget, account.Id.ToString())?.Id
            ?? throw new InvalidOperationException($"{account.Nickname} has not signed in yet.");

    public static BookstoreBlazor.Shelves.Shelf Shelf(this EmulatorEnvironment env) =>
        env.App.Services.GetRequiredService<BookstoreBlazor.Shelves.Shelf>();

    public static async Task<Book> AddBookAsync(this EmulatorEnvironment env, string isbn, string title, string author, string language = "en")
    {
        var result = await env.App.Services.GetRequiredService<CatalogEditor>().AddAsync(new BookDraft
        {
            Isbn = isbn, Title = title, Authors = [author], Year = 1900, Language = language, Genre = "novel",
            Description = $"About {title}.", Price = 10000,
        }, BookDatabase.Admin);
        return result.Value ?? throw new InvalidOperationException($"{isbn} was refused: {result.Status}");
    }

    public static async Task PutAsync(this EmulatorEnvironment env, string userId, string isbn, ShelfState state, int? rating = null,
        string? note = null)
    {
        var result = await env.Shelf().SaveAsync(userId, isbn, new ShelfChange(state, rating, note), expectedVersion: null);
        Assert.Equal(Data.SaveStatus.Saved, result.Status);
    }

    // Logto's target name for Kakao, under which the emulator links a Kakao account to its user.
    private const string KakaoTarget = "kakao";
}
