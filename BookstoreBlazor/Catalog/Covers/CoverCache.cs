using System.Collections.Concurrent;
using System.Text;

namespace BookstoreBlazor.Catalog.Covers;

/// <summary>
/// Drawn covers, kept by ISBN and content hash: a drawing never goes stale (an edit changes the hash), so entries are
/// never invalidated, only dropped wholesale once there are more than a catalogue's worth (old hashes after edits).
/// </summary>
internal sealed class CoverCache
{
    private const int MaxEntries = 2_000;
    private readonly ConcurrentDictionary<(string Isbn, string Hash), byte[]> _covers = new();

    public byte[] Get(string isbn, string hash, CoverContent content)
    {
        if (_covers.TryGetValue((isbn, hash), out var svg))
            return svg;

        if (_covers.Count >= MaxEntries)
            _covers.Clear();
        return _covers[(isbn, hash)] = Encoding.UTF8.GetBytes(CoverSvg.Draw(content));
    }
}
