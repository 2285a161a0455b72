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
    public async Task Edit_AnotherAdminSavedInBetween_ExplainsWhoAndWhatDiffers_AndKeepsTheForm()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);
        await ChangedByOtherAdminAsync(book, title: "Persuasion, revised", price: 15000);

        Type(cut, "title", "Persuasion (mine)");
        await SaveAsync(cut);

        Assert.Equal("Other Admin saved this book just now while you were editing it.", cut.Find("[data-testid=conflict-title]").TextContent.Trim());
        var rows = cut.FindAll("[data-testid=conflict-row]").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent).ToList()).ToList();
        Assert.Equal([["Title", "Persuasion, revised", "Persuasion (mine)"], ["Price", "₩15,000", "₩12,000"]], rows);
        Assert.Equal("Persuasion (mine)", Input(cut, "title").GetAttribute("value"));
        Assert.Equal("Persuasion, revised", (await Books.Catalog.FindAsync(book.Isbn))!.Title);
        Assert.DoesNotContain("/admin/books", Navigation.Uri);
    }

    [Fact]
    public async Task Edit_Conflict_SavingAgainWithoutChoosing_IsStillRefused()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);
        await ChangedByOtherAdminAsync(book, title: "Persuasion, revised");
        Type(cut, "title", "Persuasion (mine)");
        await SaveAsync(cut);

        await SaveAsync(cut);

        Assert.NotEmpty(cut.FindAll("[data-testid=conflict]"));
        Assert.Equal("Persuasion, revised", (await Books.Catalog.FindAsync(book.Isbn))!.Title);
    }

    [Fact]
    public async Task Edit_Conflict_SaveMineOverTheirs_SavesTheForm()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);
        await ChangedByOtherAdminAsync(book, title: "Persuasion, revised");
        Type(cut, "title", "Persuasion (mine)");
        await SaveAsync(cut);

        await cut.Find("button[data-testid=conflict-overwrite]").ClickAsync(new());

        var saved = (await Books.Catalog.FindAsync(book.Isbn))!;
        Assert.Equal(("Persuasion (mine)", AdminName, book.Version + 2), (saved.Title, saved.UpdatedByName, saved.Version));
        Assert.EndsWith("/admin/books", Navigation.Uri);
    }

    [Fact]
    public async Task Edit_Conflict_LoadTheirVersion_PutsTheirValuesInTheForm()
    {
        var book = await AddPersuasionAsync();
        var cut = OpenEdit(book.Isbn);
        await ChangedByOtherAdminAsync(book, title: "Persuasion, revised", price: 15000);
        Type(cut, "title", "Persuasion (mine)");
        await SaveAsync(cut);

        await cut.Find("button[data-testid=conflict-reload]").ClickAsync(new());

        Assert.Empty(cut.FindAll("[data-testid=conflict]"));
        Assert.Equal("Persuasion, revised", Input(cut, "title").GetAttribute("value"));
        Assert.Equal("15000", Input(cut, "price").GetAttribute("value"));
        Assert.Contains("last changed by Other Admin", cut.Find("[data-testid=editing-title]").TextContent);
        Type(cut, "year", "1818");
        await SaveAsync(cut);
        Assert.Equal((1818, "Persuasion, revised"), ((await Books.Catalog.FindAsync(book.Isbn))!.Year, (await Books.Catalog.FindAsync(book.Isbn))!.Title));
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

    private async Task ChangedByOtherAdminAsync(BookstoreBlazor.Catalog.Book book, string title, int? price = null)
    {
        var theirs = BookDraft.From(book);
        theirs.Title = title;
        theirs.Price = price ?? theirs.Price;
        await Books.Editor.UpdateAsync(book.Isbn, theirs, book.Version, OtherAdmin);
    }
}
