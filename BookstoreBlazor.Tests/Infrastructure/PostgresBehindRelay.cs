using Npgsql;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database (see <see cref="PostgresDatabase"/>) that the app reaches only through a
/// <see cref="TcpRelay"/>, so a test can take the database away from the app and give it back.
/// </summary>
public sealed class PostgresBehindRelay : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly TcpRelay _relay;

    private PostgresBehindRelay(PostgresDatabase database, TcpRelay relay)
    {
        _database = database;
        _relay = relay;
    }

    public static async Task<PostgresBehindRelay> CreateAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return new PostgresBehindRelay(database, TcpRelay.Start(server.Host!, server.Port));
    }

    /// <summary>The app settings that point it at the database through the relay, plus <paramref name="more"/>.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var throughRelay = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = _relay.Port };
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Bookstore"] = throughRelay.ConnectionString };
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }

    /// <summary>The database goes away: open connections are reset and new ones refused.</summary>
    public void Cut() => _relay.Cut();

    public void Restore() => _relay.Restore();

    public async ValueTask DisposeAsync()
    {
        await _relay.DisposeAsync();
        await _database.DisposeAsync();
    }
}
