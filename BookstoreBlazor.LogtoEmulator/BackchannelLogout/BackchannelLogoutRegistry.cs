namespace BookstoreBlazor.LogtoEmulator.BackchannelLogout;

/// <summary>
/// Each application's back-channel logout URIs (Logto console: "Backchannel logout URI"). OpenIddict's application
/// descriptor has no such field, so the emulator keeps them here, by client id.
/// </summary>
internal sealed class BackchannelLogoutRegistry
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Uri>> _uris = new(StringComparer.Ordinal);

    public void Add(string clientId, IEnumerable<Uri> uris)
    {
        lock (_lock)
        {
            var known = _uris.TryGetValue(clientId, out var list) ? list : _uris[clientId] = [];
            known.AddRange(uris.Where(uri => !known.Contains(uri)));
        }
    }

    public IReadOnlyList<Uri> For(string clientId)
    {
        lock (_lock)
            return _uris.TryGetValue(clientId, out var list) ? list.ToArray() : [];
    }
}
