using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Shelf;
using BookstoreBlazor.Shelves;
using BookstoreBlazor.Tests.Infrastructure;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Components.Pages.Shelf;

/// <summary>A component test over a real (SQLite) database holding two books, with the app's <c>Shelf</c> on top.</summary>
public abstract class ShelfTestContext : BookstoreTestContext, IAsyncLifetime
{
    protected const string Austen = "9780000000019";
    protected const string Soseki = "9780000000026";
    protected const string OtherReader = "someone-else-sub";

    protected BookDatabase Books { get; private set; } = null!;
    protected Book Pride { get; private set; } = null!;
    protected Book Kokoro { get; private set; } = null!;
    protected BookstoreBlazor.Shelves.Shelf Shelf => Books.Shelf;

    async Task IAsyncLifetime.InitializeAsync()
    {
        Books = await BookDatabase.CreateAsync();
        Pride = await Books.AddAsync(Austen, "Pride and Prejudice", ["Jane Austen"]);
        Kokoro = await Books.AddAsync(Soseki, "こころ", ["夏目漱石"], language: "ja", authorsLatin: ["Natsume Sōseki"], alternateTitle: "Kokoro");
        Services.AddFallbackServiceProvider(new ServiceCollection()
            .AddSingleton(ShelfService())
            .AddSingleton(Books.Catalog)
            .BuildServiceProvider());
    }

    /// <summary>The shelf the components use; a test may hand them one over a failing database instead.</summary>
    protected virtual BookstoreBlazor.Shelves.Shelf ShelfService() => Books.Shelf;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Books.DisposeAsync();
    }

    protected async Task<ShelfEntry> PutAsync(string userId, string isbn, ShelfState state, int? rating = null, string? note = null,
        bool visibleToClubs = false)
    {
        var current = await Shelf.FindAsync(userId, isbn);
        var result = await Shelf.SaveAsync(userId, isbn, new ShelfChange(state, rating, note, visibleToClubs), current?.Version);
        return result.Value ?? throw new InvalidOperationException($"Could not shelve {isbn}: {result.Status}");
    }

    protected Task<ShelfEntry?> StoredAsync(string isbn, string userId = KakaoSub) => Shelf.FindAsync(userId, isbn);

    protected IRenderedComponent<ShelfPanel> RenderPanel()
    {
        var cut = Render<ShelfPanel>(p => p.Add(x => x.Isbn, Pride.Isbn));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-skeleton")), TimeSpan.FromSeconds(10));
        return cut;
    }

    /// <summary>The shelf page at <paramref name="url"/>, once it has read the shelf.</summary>
    protected IRenderedComponent<ShelfPage> RenderPage(string url)
    {
        GoTo(url);
        var cut = Render<ShelfPage>();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll(".mud-skeleton")), TimeSpan.FromSeconds(10));
        return cut;
    }

    protected static async Task ClickAsync(IRenderedComponent<ShelfPanel> cut, string testId)
    {
        cut.WaitForAssertion(() => Assert.False(cut.Find($"[data-testid={testId}]").HasAttribute("disabled")), TimeSpan.FromSeconds(10));
        await cut.Find($"[data-testid={testId}]").ClickAsync(new());
    }

    /// <summary>The "Show to my book clubs" switch, once the circuit lets it be used.</summary>
    protected static async Task SwitchClubsAsync(IRenderedComponent<ShelfPanel> cut, bool visible)
    {
        const string selector = "input[data-testid=shelf-clubs-switch]";
        cut.WaitForAssertion(() => Assert.False(cut.Find(selector).HasAttribute("disabled")), TimeSpan.FromSeconds(10));
        await cut.Find(selector).ChangeAsync(new ChangeEventArgs { Value = visible });
    }

    protected static string State(IRenderedComponent<ShelfPanel> cut) => cut.Find("[data-testid=shelf-controls]").GetAttribute("data-state")!;

    protected static string Text(IRenderedComponent<ShelfPanel> cut, string testId) => cut.Find($"[data-testid={testId}]").TextContent.Trim();

    protected static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
