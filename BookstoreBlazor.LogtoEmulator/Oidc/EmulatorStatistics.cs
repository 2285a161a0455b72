namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>
/// Counts of what clients asked for, so tests can hold an app to "at most one refresh per token lifetime" and
/// "userinfo once per sign-in".
/// </summary>
public sealed class EmulatorStatistics
{
    private int _requests;
    private int _refreshTokenGrants;
    private int _userInfoRequests;
    private int _clientCredentialsGrants;
    private int _discoveryRequests;

    /// <summary>Every HTTP request the emulator received, for "never reached Logto".</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests for the discovery document, for "the app fetched it at start, not at the first sign-in".</summary>
    public int DiscoveryRequests => Volatile.Read(ref _discoveryRequests);

    public int RefreshTokenGrants => Volatile.Read(ref _refreshTokenGrants);

    public int UserInfoRequests => Volatile.Read(ref _userInfoRequests);

    /// <summary>Client credentials token requests (M2M apps), for "one token for many Management API calls".</summary>
    public int ClientCredentialsGrants => Volatile.Read(ref _clientCredentialsGrants);

    internal void CountRequest() => Interlocked.Increment(ref _requests);

    /// <summary>The emulator's own warm-up requests at start are none of an app's.</summary>
    internal void Forget(int requests) => Interlocked.Add(ref _requests, -requests);

    internal void CountDiscoveryRequest() => Interlocked.Increment(ref _discoveryRequests);

    internal void CountRefreshTokenGrant() => Interlocked.Increment(ref _refreshTokenGrants);

    internal void CountClientCredentialsGrant() => Interlocked.Increment(ref _clientCredentialsGrants);

    internal void CountUserInfoRequest() => Interlocked.Increment(ref _userInfoRequests);
}
