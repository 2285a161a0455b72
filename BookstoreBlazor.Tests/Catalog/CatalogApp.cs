using System.Net;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BookstoreBlazor.Tests.Catalog;

/// <summary>
/// One app for a test class (anonymous requests only, so Logto is never called), seeded as at every start and with
/// <see cref="SampleBooks"/> added through its own <see cref="CatalogEditor"/>.
/// </summary>
public sealed class CatalogApp : IAsyncLifetime
{
    public BookstoreAppFactory App { get; } = new("https://logto.example/");

    public BookCatalog Catalog => App.Services.GetRequiredService<BookCatalog>();

    public CatalogEditor Editor => App.Services.GetRequiredService<CatalogEditor>();

    public async Task InitializeAsync()
    {
        App.CreateClient().Dispose(); // starts the app, which migrates and seeds the database
        await SampleBooks.AddAllAsync(Editor);
    }

    /// <summary>A page as a browser gets it: not following redirects.</summary>
    public async Task<BrowserPage> GetAsync(string pathAndQuery)
    {
        using var http = App.CreateBrowser();
        http.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        using var response = await http.GetAsync(pathAndQuery);
        var page = new BrowserPage(new Uri(http.BaseAddress!, pathAndQuery), response.StatusCode, await response.Content.ReadAsStringAsync(), []);
        return response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
            ? new BrowserPage(response.Headers.Location!, response.StatusCode, "", [page.Uri])
            : page;
    }

    /// <summary>Adds one more book through the editor, for a test that changes or removes it.</summary>
    public async Task<Book> AddAsync(string stem, string title, params string[] authors)
    {
        var result = await Editor.AddAsync(new BookDraft
        {
            Isbn = SampleBooks.Isbn13(stem), Title = title, Authors = [.. authors], Year = 2001, Language = "en", Genre = "mystery",
            Description = "A book added by a test.", Price = 9900,
        }, BookDatabase.Admin);
        return result.Value ?? throw new InvalidOperationException($"{title} was refused");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
