namespace BookstoreBlazor.LogtoEmulator.Oidc;

/// <summary>Counts of what clients asked for, so tests can hold an app to "at most one refresh per token lifetime".</summary>
public sealed class EmulatorStatistics
{
    private int _refreshTokenGrants;

    public int RefreshTokenGrants => Volatile.Read(ref _refreshTokenGrants);

    internal void CountRefreshTokenGrant() => Interlocked.Increment(ref _refreshTokenGrants);
}
