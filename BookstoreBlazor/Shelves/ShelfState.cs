namespace BookstoreBlazor.Shelves;

/// <summary>Where a book sits on a reader's shelf.</summary>
public enum ShelfState
{
    WantToRead = 0,
    Reading = 1,
    Read = 2,
}
