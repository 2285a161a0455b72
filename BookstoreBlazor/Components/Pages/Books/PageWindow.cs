namespace BookstoreBlazor.Components.Pages.Books;

/// <summary>
/// Which page numbers a pager shows: the first and the last, and the current one with a neighbour on each side;
/// <c>null</c> marks a gap. A gap of one page shows that page instead, as a gap would hide nothing.
/// </summary>
public static class PageWindow
{
    public static IReadOnlyList<int?> Around(int current, int count)
    {
        var shown = new SortedSet<int> { 1, count };
        for (var page = current - 1; page <= current + 1; page++)
            if (page >= 1 && page <= count)
                shown.Add(page);

        var window = new List<int?>();
        var previous = 0;
        foreach (var page in shown)
        {
            if (page - previous == 2)
                window.Add(page - 1);
            else if (page - previous > 2)
                window.Add(null);
            window.Add(page);
            previous = page;
        }
        return window;
    }
}
