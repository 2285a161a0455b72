using BookstoreBlazor.Catalog.Editing;
using BookstoreBlazor.Localization.Resources;
using Microsoft.Extensions.Localization;

namespace BookstoreBlazor.Components.Pages.Admin;

/// <summary>
/// The add/edit form's state: the draft, the author lists as typed, and which messages to show. A rule's message
/// shows once its field has been changed, or for every field after a save; what a refused save said about a field
/// stays until that field changes. Messages are in the reader's language.
/// </summary>
public sealed class BookFormModel
{
    private readonly IStringLocalizer<AdminText> _text;
    private readonly HashSet<string> _touched = [];
    private Dictionary<string, string[]> _refused = [];
    private IReadOnlyList<BookProblem> _broken;
    private bool _showAll;
    private string _authors;
    private string _authorsLatin;

    public BookFormModel(BookDraft draft, IStringLocalizer<AdminText> text)
    {
        _text = text;
        Draft = draft;
        _authors = AuthorList.Format(draft.Authors);
        _authorsLatin = AuthorList.Format(draft.AuthorsLatin);
        _broken = BookDraftValidator.Check(draft);
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
        _broken = BookDraftValidator.Check(Draft);
    }

    public void Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        _showAll = true;
        _refused = _text.DescribeRefusals(errors, Draft);
    }

    public string? ErrorFor(string field)
    {
        if (_refused.TryGetValue(field, out var refused))
            return string.Join(" ", refused);
        if (!_showAll && !_touched.Contains(field))
            return null;
        var broken = _broken.Where(p => p.Field == field).Select(_text.Describe).ToList();
        return broken.Count > 0 ? string.Join(" ", broken) : null;
    }
}
