using BookstoreBlazor.Data;
using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Shelves;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Shelf;

/// <summary>
/// One reader's entry for one book, as the shelf panel edits it. Every save carries the version the reader last saw,
/// so a change made meanwhile in another tab or window is never overwritten unseen: the save is refused, the panel
/// shows what is saved now, and the refused edit is kept to apply again. The reader's unsaved note text is never
/// replaced by someone else's save. What it tells the reader is in their language (<paramref name="text"/>).
/// </summary>
public sealed class ShelfEntryEditor(Shelves.Shelf shelf, string userId, string isbn, IStringLocalizer<ShelfText> text, ILogger logger)
{
    private ShelfState _lastSeenState = ShelfState.WantToRead;
    private string _noteDraft = "";

    public string UserId => userId;
    public string Isbn => isbn;
    public bool Loaded { get; private set; }
    public bool Busy { get; private set; }

    /// <summary>What is saved, as far as this reader has seen; null when the book is off their shelf.</summary>
    public ShelfEntryView? Saved { get; private set; }

    /// <summary>The note box's text, saved or not. What a save said about the old text goes when the text changes.</summary>
    public string NoteDraft
    {
        get => _noteDraft;
        set
        {
            if (value != _noteDraft)
                NoteErrors = [];
            _noteDraft = value;
        }
    }

    public bool NoteUnsaved => NoteDraft != (Saved?.Note ?? "");

    /// <summary>The edit a change in another tab or window overtook; the reader may apply it again.</summary>
    public ShelfEdit? Refused { get; private set; }

    public IReadOnlyList<string> NoteErrors { get; private set; } = [];

    /// <summary>Something went wrong that the reader should know about, in words for them.</summary>
    public string? Problem { get; private set; }

    /// <summary>What the last edit did ("Saved"), until the next one starts.</summary>
    public string? Done { get; private set; }

    public ShelfPanelSnapshot? Snapshot => Loaded ? new(userId, isbn, Saved) : null;

    public void Restore(ShelfEntryView? saved)
    {
        Show(saved);
        NoteDraft = saved?.Note ?? "";
        Loaded = true;
    }

    public async Task LoadAsync()
    {
        try
        {
            Restore(await shelf.FindAsync(userId, isbn) is { } entry ? ShelfEntryView.From(entry) : null);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Reading the shelf entry for {Isbn} failed", isbn);
            Problem = text["LoadFailed"];
        }
    }

    public async Task ApplyAsync(ShelfEdit edit)
    {
        if (!Loaded || Busy)
            return;

        Busy = true;
        (Problem, Done, NoteErrors) = (null, null, []);
        try
        {
            Take(edit, edit.ChangeOver(Saved, _lastSeenState) is { } change
                ? await shelf.SaveAsync(userId, isbn, change, Saved?.Version)
                : await shelf.RemoveAsync(userId, isbn, Saved?.Version ?? 0));
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Saving {Edit} to the shelf entry for {Isbn} failed", edit.GetType().Name, isbn);
            Problem = text["SaveFailed"];
        }
        finally
        {
            Busy = false;
        }
    }

    public Task ReapplyAsync() => Refused is { } edit ? ApplyAsync(edit) : Task.CompletedTask;

    public void KeepSaved() => Refused = null;

    public void RevertNote() => NoteDraft = Saved?.Note ?? "";

    private void Take(ShelfEdit edit, SaveResult<ShelfEntry> result)
    {
        switch (result.Status)
        {
            case SaveStatus.Saved:
                Refused = null;
                Show(edit is RemoveFromShelf ? null : ShelfEntryView.From(result.Value!));
                if (edit is SetNote)
                    NoteDraft = Saved?.Note ?? "";
                Done = text[edit is RemoveFromShelf ? "Done.Removed" : "Done.Saved"];
                break;
            case SaveStatus.Conflict:
                Refused = edit;
                Show(result.Value is { } current ? ShelfEntryView.From(current) : null);
                break;
            case SaveStatus.Invalid:
                // The validator's words are the JSON API's (English); the reader gets the same rule in their language.
                var refused = result.Errors?.Keys.ToHashSet() ?? [];
                NoteErrors = refused.Contains(nameof(ShelfChange.Note)) ? [NoteTooLong(edit)] : [];
                Problem = NoteErrors.Count > 0 ? null : string.Join(" ", refused.Select(Explain));
                break;
            case SaveStatus.NotFound when edit is RemoveFromShelf:
                // Another tab took it off first: what the reader wanted is done.
                Refused = null;
                Show(null);
                Done = text["Done.Removed"];
                break;
            default:
                Problem = text["NotInCatalogue"];
                break;
        }
    }

    /// <summary>A note box still holding exactly the saved note follows the new one; the reader's own unsaved text stays.</summary>
    private void Show(ShelfEntryView? saved)
    {
        if (!NoteUnsaved)
            NoteDraft = saved?.Note ?? "";
        Saved = saved;
        if (saved is not null)
            _lastSeenState = saved.State;
    }

    private string NoteTooLong(ShelfEdit edit) =>
        text["Invalid.Note", ShelfLimits.Note, edit.ChangeOver(Saved, _lastSeenState)?.Note?.Trim().Length ?? 0];

    private string Explain(string field) => field switch
    {
        nameof(ShelfChange.State) => text["Invalid.State", ShelfStateNames.Labels(text)],
        nameof(ShelfChange.Rating) => text["Invalid.Rating", ShelfLimits.MinRating, ShelfLimits.MaxRating],
        _ => text["SaveFailed"],
    };
}
