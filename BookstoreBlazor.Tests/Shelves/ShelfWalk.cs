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

    /// <summary>
    /// Four books on <paramref name="reader"/>'s shelf: one wanted, two being read (rated, with notes in Japanese and
    /// Korean), one read and since removed from the catalogue.
    /// </summary>
    public static async Task FillSampleShelfAsync(this EmulatorEnvironment env, string reader)
    {
        await env.AddBookAsync("9780000000019", "Pride and Prejudice", "Jane Austen");
        await env.AddBookAsync("9780000000026", "こころ", "夏目漱石", "ja");
        await env.AddBookAsync("9780000000033", "채식주의자", "한강", "ko");
        var gone = await env.AddBookAsync("9780000000040", "The Withdrawn Edition", "Anon Ymous");
        await env.PutAsync(reader, gone.Isbn, ShelfState.Read, 2, "Glad I kept my note about it.");
        await env.PutAsync(reader, "9780000000019", ShelfState.WantToRead);
        await env.PutAsync(reader, "9780000000026", ShelfState.Reading, 4,
            "先生の遺書の章が圧巻。 The letter in part three is the heart of the book; reading it slowly, a few pages a night, before sleep.");
        await env.PutAsync(reader, "9780000000033", ShelfState.Reading, 5, "두 번째 읽는 중.");
        await env.App.Services.GetRequiredService<CatalogEditor>().RemoveAsync(gone.Isbn, gone.Version, BookDatabase.Admin);
    }

    // Logto's target name for Kakao, under which the emulator links a Kakao account to its user.
    private const string KakaoTarget = "kakao";
}
