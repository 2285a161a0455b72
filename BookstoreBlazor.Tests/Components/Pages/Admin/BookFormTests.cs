using AngleSharp.Dom;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Components.Pages.Admin;
using Bunit;
using MudBlazor;

namespace BookstoreBlazor.Tests.Components.Pages.Admin;

/// <summary>What driving the add/edit form takes: typing into fields, choosing from selects, reading messages.</summary>
public abstract class BookFormTests : AdminTestContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    protected IRenderedComponent<BookEditPage> OpenNew()
    {
        SignInAsAdmin();
        Snackbars = Render<MudSnackbarProvider>();
        return Render<BookEditPage>();
    }

    protected IRenderedComponent<BookEditPage> OpenEdit(string isbn)
    {
        SignInAsAdmin();
        Snackbars = Render<MudSnackbarProvider>();
        var cut = Render<BookEditPage>(p => p.Add(page => page.BookIsbn, isbn));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".field-title input")), Patience);
        return cut;
    }

    protected static IElement Input(IRenderedComponent<BookEditPage> cut, string field) =>
        cut.Find($".field-{field} input, .field-{field} textarea");

    protected static void Type(IRenderedComponent<BookEditPage> cut, string field, string value) => Input(cut, field).Input(value);

    /// <summary>The message shown under a field, or null when it shows none.</summary>
    protected static string? ErrorOf(IRenderedComponent<BookEditPage> cut, string field) =>
        cut.FindAll($".field-{field} .mud-input-helper-text.mud-input-error .me-auto").Select(e => e.TextContent.Trim()).FirstOrDefault();

    protected static IReadOnlyList<string> FieldsWithErrors(IRenderedComponent<BookEditPage> cut) =>
        cut.FindAll(".mud-input-control.mud-input-error[class*=field-]")
            .Select(e => e.ClassList.First(c => c.StartsWith("field-", StringComparison.Ordinal))["field-".Length..])
            .Distinct().ToList();

    protected static Task Choose(IRenderedComponent<BookEditPage> cut, int selectIndex, string value) =>
        cut.InvokeAsync(() => cut.FindComponents<MudSelect<string>>()[selectIndex].Instance.ValueChanged.InvokeAsync(value));

    protected static Task ChooseLanguage(IRenderedComponent<BookEditPage> cut, string code) => Choose(cut, 0, code);

    protected static Task ChooseGenre(IRenderedComponent<BookEditPage> cut, string code) => Choose(cut, 1, code);

    protected static Task SaveAsync(IRenderedComponent<BookEditPage> cut) => cut.Find("button[data-testid=save-book]").ClickAsync(new());

    protected async Task FillValidAsync(IRenderedComponent<BookEditPage> cut, string isbn = "978-0-00-000001-9")
    {
        Type(cut, "isbn", isbn);
        Type(cut, "title", "Persuasion");
        Type(cut, "authors", "Jane Austen");
        Type(cut, "year", "1817");
        Type(cut, "price", "12000");
        Type(cut, "description", "A second chance at love.");
        await ChooseLanguage(cut, "en");
        await ChooseGenre(cut, "novel");
    }

    protected Task<Book> AddPersuasionAsync() =>
        Books.AddAsync("9780000000019", "Persuasion", ["Jane Austen"], price: 12000, year: 1817);
}
