namespace BookstoreBlazor.Catalog;

/// <summary>
/// Counts the catalogue changes this instance has made, so what is cached from the catalogue knows it is out of date
/// without subscribing to anything.
/// </summary>
public sealed class CatalogGeneration
{
    private long _value;

    public long Current => Interlocked.Read(ref _value);

    internal void Advance() => Interlocked.Increment(ref _value);
}
