using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

/// <summary>Another admin saved the book while this form was open: the form says so and lets the admin choose.</summary>
public sealed class BookConflictTests : BookFormTests
{
    private static readonly BookEditor OtherAdmin = new("other-sub", "Other Admin");

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
        var saved = (await Books.Catalog.FindAsync(book.Isbn))!;
        Assert.Equal((1818, "Persuasion, revised"), (saved.Year, saved.Title));
    }

    private Task ChangedByOtherAdminAsync(Book book, string title, int? price = null)
    {
        var theirs = BookDraft.From(book);
        (theirs.Title, theirs.Price) = (title, price ?? theirs.Price);
        return Books.Editor.UpdateAsync(book.Isbn, theirs, book.Version, OtherAdmin);
    }
}
