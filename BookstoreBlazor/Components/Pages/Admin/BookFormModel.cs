using BookstoreBlazor.Catalog.Editing;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>
/// The add/edit form's state: the draft, the author lists as typed, and which messages to show. A rule's message
/// shows once its field has been changed, or for every field after a save; what a refused save said about a field
/// stays until that field changes.
/// </summary>
public sealed class BookFormModel
{
    private readonly HashSet<string> _touched = [];
    private Dictionary<string, string[]> _refused = [];
    private IReadOnlyDictionary<string, string[]> _broken;
    private bool _showAll;
    private string _authors;
    private string _authorsLatin;

    public BookFormModel(BookDraft draft)
    {
        Draft = draft;
        _authors = AuthorList.Format(draft.Authors);
        _authorsLatin = AuthorList.Format(draft.AuthorsLatin);
        _broken = BookDraftValidator.Validate(draft);
    }

    public BookDraft Draft { get; }

    public string Authors
    {
        get => _authors;
        set => Draft.Authors = AuthorList.Parse(_authors = value);
    }

    public string AuthorsLatin
    {
        get => _authorsLatin;
        set => Draft.AuthorsLatin = AuthorList.Parse(_authorsLatin = value);
    }

    /// <summary>Messages for every field from now on, e.g. after the first attempt to save.</summary>
    public void ShowAll() => _showAll = true;

    public void Changed(string field)
    {
        _touched.Add(field);
        _refused.Remove(field);
        _broken = BookDraftValidator.Validate(Draft);
    }

    public void Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        _showAll = true;
        _refused = errors.ToDictionary(e => e.Key, e => e.Value);
    }

    public string? ErrorFor(string field)
    {
        if (_refused.TryGetValue(field, out var refused))
            return string.Join(" ", refused);
        return (_showAll || _touched.Contains(field)) && _broken.TryGetValue(field, out var broken) ? string.Join(" ", broken) : null;
    }
}
