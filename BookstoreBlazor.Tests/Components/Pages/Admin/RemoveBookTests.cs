using BookstoreBlazor.Components.Pages.Admin;
using BookstoreBlazor.Shelves;
using Bunit;
using MudBlazor;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

/// <summary>Removing a book asks first, says how many readers shelved it, and leaves their shelves alone.</summary>
public sealed class RemoveBookTests : AdminTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Clicks "Remove"; the click's handler runs until the dialog closes, so the test answers it meanwhile.</summary>
    private IRenderedComponent<MudSnackbarProvider> _snackbars = default!;

    private (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<AdminBooks> Page, Task Removing) OpenRemoveDialog()
    {
        SignInAsAdmin();
        _snackbars = Render<MudSnackbarProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<AdminBooks>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=remove-book]")), Patience);
        var removing = page.Find("button[data-testid=remove-book]").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("[data-testid=remove-readers]")), Patience);
        return (dialogs, page, removing);
    }

    [Fact]
    public async Task Remove_SaysHowManyReadersShelvedIt_AndThatTheirShelvesKeepIt()
    {
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        await Books.Shelf.SaveAsync("reader-1", "9780000000019", new ShelfChange(ShelfState.Read, 5, "Loved it"), null);
        await Books.Shelf.SaveAsync("reader-2", "9780000000019", new ShelfChange(ShelfState.WantToRead), null);

        var (dialogs, _, _) = OpenRemoveDialog();

        Assert.Equal("2 readers have it on their shelves. Their shelves keep it, with their notes and ratings.",
            dialogs.Find("[data-testid=remove-readers]").TextContent);
        Assert.Contains("Persuasion", dialogs.Find(".mud-dialog").TextContent);
    }

    [Fact]
    public async Task Remove_OfABookOneReaderShelved_SaysSoInTheSingular()
    {
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        await Books.Shelf.SaveAsync("reader-1", "9780000000019", new ShelfChange(ShelfState.Reading), null);

        var (dialogs, _, _) = OpenRemoveDialog();

        Assert.Equal("1 reader has it on their shelf. Their shelf keeps it, with their note and rating.",
            dialogs.Find("[data-testid=remove-readers]").TextContent);
    }

    [Fact]
    public async Task Remove_Confirmed_TakesTheBookOutOfTheCatalogue_ButNotOffShelves()
    {
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        await Books.Shelf.SaveAsync("reader-1", "9780000000019", new ShelfChange(ShelfState.Read, 4, "Keep this"), null);
        var (dialogs, page, removing) = OpenRemoveDialog();

        await dialogs.Find("button[data-testid=remove-confirm]").ClickAsync(new());
        await removing.WaitAsync(Patience);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=admin-no-books]")), Patience);
        Assert.Contains("Removed “Persuasion” from the catalogue.", _snackbars.Markup);
        Assert.Null(await Books.Catalog.FindAsync("9780000000019"));
        var shelved = Assert.Single((await Books.Shelf.ListAsync("reader-1")).Entries);
        Assert.Equal(("9780000000019", "Keep this"), (shelved.Book.Isbn, shelved.Note));
    }

    [Fact]
    public async Task Remove_Cancelled_ChangesNothing()
    {
        await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        var (dialogs, page, removing) = OpenRemoveDialog();

        Assert.Equal("No reader has it on their shelf.", dialogs.Find("[data-testid=remove-readers]").TextContent);
        await dialogs.Find("button[data-testid=remove-cancel]").ClickAsync(new());
        await removing.WaitAsync(Patience);

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=remove-readers]")), Patience);
        Assert.NotNull(await Books.Catalog.FindAsync("9780000000019"));
        Assert.Single(page.FindAll("td[data-testid=book-title]"));
    }

    [Fact]
    public async Task Remove_OfABookAnotherAdminChangedMeanwhile_IsRefused()
    {
        var book = await Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"]);
        var (dialogs, page, removing) = OpenRemoveDialog();
        var draft = BookstoreBlazor.Catalog.Editing.BookDraft.From(book);
        draft.Title = "Persuasion (revised)";
        await Books.Editor.UpdateAsync(book.Isbn, draft, book.Version, new("other-sub", "Other Admin"));

        await dialogs.Find("button[data-testid=remove-confirm]").ClickAsync(new());
        await removing.WaitAsync(Patience);

        page.WaitForAssertion(() => Assert.Equal("Persuasion (revised)", page.Find("td[data-testid=book-title] .title").TextContent), Patience);
        Assert.NotNull(await Books.Catalog.FindAsync("9780000000019"));
        Assert.Contains("was changed by Other Admin a moment ago, so it was not removed", _snackbars.Markup);
    }
}
