namespace BookstoreBlazor.Shelves;

/// <summary>
/// What a reader sets for one book: where it sits, an optional 1–5 rating, an optional private note, and whether their
/// book clubs see it (the note excepted).
/// </summary>
public sealed record ShelfChange(ShelfState State, int? Rating = null, string? Note = null, bool VisibleToClubs = false)
{
    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(State))
            errors[nameof(State)] = ["Choose Want to read, Reading or Read."];
        if (Rating is { } rating && (rating < ShelfLimits.MinRating || rating > ShelfLimits.MaxRating))
            errors[nameof(Rating)] = [$"A rating is {ShelfLimits.MinRating} to {ShelfLimits.MaxRating} stars."];
        if (Note?.Trim().Length > ShelfLimits.Note)
            errors[nameof(Note)] = [$"Keep the note to {ShelfLimits.Note} characters (now {Note.Trim().Length}); nothing was saved."];
        return errors;
    }

    public string? CleanNote => string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
}
