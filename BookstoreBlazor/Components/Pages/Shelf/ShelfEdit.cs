using BookstoreBlazor.Localization.Resources;
using BookstoreBlazor.Shelves;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Shelf;

/// <summary>
/// One thing a reader asked for. It is laid over what is saved at the time, so applying it again after a conflict
/// changes only what the reader changed and keeps what the other tab saved.
/// </summary>
public abstract record ShelfEdit
{
    /// <summary>Says what the change was, in the reader's language, to finish "your change (…) was not applied".</summary>
    public abstract string Describe(IStringLocalizer<ShelfText> text);

    /// <summary>
    /// The whole entry to save over <paramref name="saved"/>; null for taking the book off the shelf. Off the shelf
    /// (<paramref name="saved"/> null), a rating or a note goes in the state the reader last saw.
    /// </summary>
    public abstract ShelfChange? ChangeOver(ShelfEntryView? saved, ShelfState lastSeenState);
}

public sealed record SetShelfState(ShelfState State) : ShelfEdit
{
    public override string Describe(IStringLocalizer<ShelfText> text) => text["Edit.SetState", ShelfStateNames.Label(State, text)];

    public override ShelfChange ChangeOver(ShelfEntryView? saved, ShelfState lastSeenState) =>
        new(State, saved?.Rating, saved?.Note, saved?.VisibleToClubs ?? false);
}

public sealed record SetRating(int? Rating) : ShelfEdit
{
    public override string Describe(IStringLocalizer<ShelfText> text) =>
        Rating is { } stars ? text["Edit.Rate", stars, ShelfLimits.MaxRating] : text["Edit.ClearRating"];

    public override ShelfChange ChangeOver(ShelfEntryView? saved, ShelfState lastSeenState) =>
        new(saved?.State ?? lastSeenState, Rating, saved?.Note, saved?.VisibleToClubs ?? false);
}

public sealed record SetNote(string Note) : ShelfEdit
{
    public override string Describe(IStringLocalizer<ShelfText> text) => text["Edit.SaveNote"];

    public override ShelfChange ChangeOver(ShelfEntryView? saved, ShelfState lastSeenState) =>
        new(saved?.State ?? lastSeenState, saved?.Rating, Note, saved?.VisibleToClubs ?? false);
}

/// <summary>Shows the book (state and rating, never the note) to the reader's book clubs, or stops showing it.</summary>
public sealed record SetClubVisibility(bool Visible) : ShelfEdit
{
    public override string Describe(IStringLocalizer<ShelfText> text) => text[Visible ? "Edit.ShowToClubs" : "Edit.HideFromClubs"];

    public override ShelfChange ChangeOver(ShelfEntryView? saved, ShelfState lastSeenState) =>
        new(saved?.State ?? lastSeenState, saved?.Rating, saved?.Note, Visible);
}

public sealed record RemoveFromShelf : ShelfEdit
{
    public override string Describe(IStringLocalizer<ShelfText> text) => text["Edit.Remove"];

    public override ShelfChange? ChangeOver(ShelfEntryView? saved, ShelfState lastSeenState) => null;
}
