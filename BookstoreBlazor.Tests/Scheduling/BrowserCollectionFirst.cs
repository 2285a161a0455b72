using BookstoreBlazor.Tests.Browser;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("BookstoreBlazor.Tests.Scheduling.BrowserCollectionFirst", "BookstoreBlazor.Tests")]

namespace BookstoreBlazor.Tests.Scheduling;

/// <summary>
/// Starts the browser tests first. They are one collection (one Chromium journey at a time) that runs beside the
/// others for minutes; started last, it would run alone at the end while the other threads sit idle.
/// </summary>
public sealed class BrowserCollectionFirst : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(collection => collection.DisplayName == BrowserCollection.Name);
}
