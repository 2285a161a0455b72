using BookstoreBlazor.Catalog;
using Bunit;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

public sealed class BookAddTests : BookFormTests
{
    [Fact]
    public async Task Add_AValidBook_SavesItStampedWithTheAdmin_AndGoesBackToTheList()
    {
        var cut = OpenNew();
        await FillValidAsync(cut);
        Type(cut, "authors", "Jane Austen,\nCassandra Austen");

        await SaveAsync(cut);

        var saved = (await Books.Catalog.FindAsync("9780000000019"))!;
        Assert.Equal(("Persuasion", 1817, 12000, "en", "novel"), (saved.Title, saved.Year, saved.Price, saved.Language, saved.Genre));
        Assert.Equal(["Jane Austen", "Cassandra Austen"], saved.Authors);
        Assert.Equal((AdminName, AdminSub), (saved.UpdatedByName, saved.UpdatedBySubject));
        Assert.EndsWith("/admin/books", Navigation.Uri);
        Assert.Contains("Added “Persuasion” to the catalogue.", Snackbars.Markup);
    }

    [Fact]
    public void Add_AnUntouchedForm_ShowsNoMessagesYet()
    {
        var cut = OpenNew();

        Assert.Empty(FieldsWithErrors(cut));
        Assert.False(Input(cut, "isbn").HasAttribute("readonly"));
    }

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "isbn", "9780000000010", "This is not a valid ISBN-13: it needs 13 digits and the right check digit." },
        { "isbn", "12345", "This is not a valid ISBN-13: it needs 13 digits and the right check digit." },
        { "isbn", " ", "Enter the book's 13-digit ISBN." },
        { "title", " ", "Enter the title." },
        { "title", new string('가', 201), "Keep it to 200 characters (now 201)." },
        { "alternate-title", new string('x', 201), "Keep the alternate title to 200 characters." },
        { "authors", " , ", "Enter at least one author." },
        { "authors", new string('x', 101), "Keep each author's name to 100 characters." },
        { "authors", string.Join(", ", Enumerable.Range(1, 11).Select(i => $"Author {i}")), "A book can list at most 10 authors." },
        { "year", "3000", $"The year must be between 700 and {BookLimits.MaxYear}." },
        { "year", "699", $"The year must be between 700 and {BookLimits.MaxYear}." },
        { "price", "-1", "The price cannot be negative." },
        { "price", "10000001", "The price cannot be above 10,000,000 won." },
        { "description", " ", "Enter a description." },
        { "description", new string('x', 2001), "Keep it to 2000 characters (now 2001)." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Add_ABadValue_ShowsItsMessageNextToThatFieldAsYouType(string field, string value, string message)
    {
        var cut = OpenNew();

        Type(cut, field, value);

        cut.WaitForAssertion(() => Assert.Equal(message, ErrorOf(cut, field)), Patience);
        Assert.Equal([field], FieldsWithErrors(cut));
    }

    [Fact]
    public async Task Add_SavingAnIncompleteForm_ShowsEveryMissingField_KeepsWhatWasTyped_AndSavesNothing()
    {
        var cut = OpenNew();
        Type(cut, "title", "Persuasion");
        Type(cut, "year", "1817");

        await SaveAsync(cut);

        Assert.Equal(["authors", "description", "genre", "isbn", "language", "price"], FieldsWithErrors(cut).Order());
        Assert.Equal("Choose the book's language.", ErrorOf(cut, "language"));
        Assert.Equal("Choose a genre.", ErrorOf(cut, "genre"));
        Assert.Equal("Enter a price (0 for a free book).", ErrorOf(cut, "price"));
        Assert.Equal("Persuasion", Input(cut, "title").GetAttribute("value"));
        Assert.Equal("1817", Input(cut, "year").GetAttribute("value"));
        Assert.Equal(0, await Books.CountAsync<Book>());
        Assert.DoesNotContain("/admin/books", Navigation.Uri);
    }

    [Fact]
    public async Task Add_AnIsbnAlreadyInTheCatalogue_IsRefusedNextToTheIsbn_AndTheFormIsKept()
    {
        await Books.AddAsync("9780000000019", "Emma", ["Jane Austen"]);
        var cut = OpenNew();
        await FillValidAsync(cut, "9780000000019");

        await SaveAsync(cut);

        Assert.Equal("A book with this ISBN is already in the catalogue.", ErrorOf(cut, "isbn"));
        Assert.Equal(["isbn"], FieldsWithErrors(cut));
        Assert.Equal("Persuasion", Input(cut, "title").GetAttribute("value"));
        Assert.Equal("Emma", (await Books.Catalog.FindAsync("9780000000019"))!.Title);
        Type(cut, "isbn", "9780000000026");
        Assert.Empty(FieldsWithErrors(cut));
    }

    [Fact]
    public async Task Add_ATitleThatLooksLikeMarkup_IsSavedAndAnnouncedAsText()
    {
        var cut = OpenNew();
        await FillValidAsync(cut);
        Type(cut, "title", "<img src=x onerror=alert(1)>");

        await SaveAsync(cut);

        Assert.Equal("<img src=x onerror=alert(1)>", (await Books.Catalog.FindAsync("9780000000019"))!.Title);
        Assert.Contains("Added “&lt;img src=x onerror=alert(1)&gt;” to the catalogue.", Snackbars.Markup);
        Assert.Empty(Snackbars.FindAll("img"));
    }
}
