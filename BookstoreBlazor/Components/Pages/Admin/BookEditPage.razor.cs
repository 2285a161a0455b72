using BookstoreBlazor.Admin;
using BookstoreBlazor.Catalog;
using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Data;
using BookstoreBlazor.Localization.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>
/// Adds a book, or edits one against the version it was loaded at: a save that another admin's change overtook is
/// refused (<see cref="SaveStatus.Conflict"/>) and the admin chooses between their version and the form.
/// </summary>
public sealed partial class BookEditPage
{
    private BookFormModel? _model;
    private BookFields? _fields;
    private Book? _saved;
    private Book? _conflict;
    private bool _removed;
    private bool _saving;

    [Parameter] public string? BookIsbn { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private BookCatalog Catalog { get; set; } = default!;
    [Inject] private CatalogEditor Editor { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IStringLocalizer<AdminText> T { get; set; } = default!;

    private bool IsNew => BookIsbn is null;

    private string Heading => IsNew ? T["AddHeading"] : T["EditHeading"];

    protected override async Task OnParametersSetAsync()
    {
        if (IsNew)
        {
            _model ??= new BookFormModel(new BookDraft(), T);
            return;
        }

        if (_saved is not null && Isbn.Normalize(BookIsbn) == _saved.Isbn)
            return;

        if (await Catalog.FindAsync(BookIsbn) is { } book)
            Load(book);
        else
            Navigation.NotFound();
    }

    private void Load(Book book)
    {
        _saved = book;
        _model = new BookFormModel(BookDraft.From(book), T);
        _conflict = null;
    }

    private async Task SaveAsync()
    {
        if (_model is null || _saving)
            return;

        _saving = true;
        try
        {
            var editor = BookEditor.From((await AuthenticationState).User);
            var result = IsNew
                ? await Editor.AddAsync(_model.Draft, editor)
                : await Editor.UpdateAsync(_saved!.Isbn, _model.Draft, _saved.Version, editor);
            await ShowAsync(result);
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task ShowAsync(SaveResult<Book> result)
    {
        _conflict = null;
        switch (result.Status)
        {
            case SaveStatus.Saved:
                Snackbar.Add(T[IsNew ? "AddedSnack" : "SavedSnack", result.Value!.Title], Severity.Success);
                Navigation.NavigateTo(AdminRoutes.Books);
                break;
            case SaveStatus.Invalid:
                _model!.Refused(result.Errors!);
                await _fields!.ShowAllMessagesAsync();
                break;
            case SaveStatus.Conflict:
                _conflict = result.Value;
                break;
            case SaveStatus.NotFound:
                _removed = true;
                break;
        }
    }

    private void LoadTheirs() => Load(_conflict!);

    /// <summary>The admin has seen what the other admin saved and keeps the form: save it against their version.</summary>
    private async Task OverwriteAsync()
    {
        if (_conflict is not null)
            _saved = _conflict;
        await SaveAsync();
    }
}
