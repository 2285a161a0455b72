using BookstoreBlazor.Catalog.Editing;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

public sealed class BookEditTests : BookFormTests
{
    private static readonly BookEditor OtherAdmin = new("other-sub", "Other Admin");

    [Fact]
    public async Task Edit_ShowsTheBookInTheForm_WithTheIsbnReadOnly()
    {
        await Books.AddAsync("9780000000019", "진달래꽃", ["김소월", "이상"], language: "ko", genre: "poetry",
            authorsLatin: ["Kim Sowol", "Yi Sang"], alternateTitle: "Azaleas", year: 1925, price: 11000);

        var cut = OpenEdit("978-0-00-000001-9");

        var isbn = Input(cut, "isbn");
        Assert.Equal("9780000000019", isbn.GetAttribute("value"));
        Assert.True(isbn.HasAttribute("readonly"));
        Assert.Equal("진달래꽃", Input(cut, "title").GetAttribute("value"));
        Assert.Equal("Azaleas", Input(cut, "alternate-title").GetAttribute("value"));
        Assert.Equal("김소월, 이상", Input(cut, "authors").TextContent);
        Assert.Equal("Kim Sowol, Yi Sang", Input(cut, "authors-latin").TextContent);
        Assert.Equal("1925", Input(cut, "year").GetAttribute("value"));
        Assert.Equal("11000", Input(cut, "price").GetAttribute("value"));
        Assert.Contains("last changed by Bookstore Admin", cut.Find("[data-testid=editing-title]").TextContent);
        Assert.Empty(FieldsWithErrors(cut));
    }

    [Fact]
    public async Task Edit_Saved_ChangesTheBook_StampsTheAdmin_AndGoesBackToTheList()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);

        Type(cut, "title", "Persuasion (1818)");
        Type(cut, "authors-latin", "Jane Austen");
        await SaveAsync(cut);

        var saved = (await Books.Catalog.FindAsync(book.Isbn))!;
        Assert.Equal(("Persuasion (1818)", book.Version + 1, AdminName), (saved.Title, saved.Version, saved.UpdatedByName));
        Assert.Equal(["Jane Austen"], saved.AuthorsLatin);
        Assert.EndsWith("/admin/books", Navigation.Uri);
        Assert.Contains("Saved “Persuasion (1818)”.", Snackbars.Markup);
    }

    [Fact]
    public async Task Edit_ABookRemovedMeanwhile_SaysSo_AndSavesNothing()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);
        await Books.Editor.RemoveAsync(book.Isbn, book.Version, OtherAdmin);

        Type(cut, "title", "Persuasion (mine)");
        await SaveAsync(cut);

        Assert.Contains("removed from the catalogue while you were editing it", cut.Find("[data-testid=book-removed]").TextContent);
        Assert.Null(await Books.Catalog.FindAsync(book.Isbn));
    }

    [Fact]
    public async Task Edit_InvalidChange_ShowsTheMessage_AndSavesNothing()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);

        Type(cut, "price", "-5");
        await SaveAsync(cut);

        Assert.Equal("The price cannot be negative.", ErrorOf(cut, "price"));
        Assert.Equal(12000, (await Books.Catalog.FindAsync(book.Isbn))!.Price);
    }
}
