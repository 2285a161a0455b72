using BookstoreBlazor.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BookstoreBlazor.Tests.Sessions;

public enum SessionFlavour
{
    Sqlite,
    Postgres,
}

/// <summary>One session database for several instances of the app: a SQLite file or a fresh PostgreSQL database.</summary>
internal sealed class SharedSessionDatabase : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly PostgresDatabase? _postgres;

    private SharedSessionDatabase(Dictionary<string, string?> settings, PostgresDatabase? postgres)
    {
        _settings = settings;
        _postgres = postgres;
    }

    public static async Task<SharedSessionDatabase> CreateAsync(SessionFlavour flavour)
    {
        if (flavour == SessionFlavour.Sqlite)
            return new SharedSessionDatabase(BookstoreAppFactory.NewDatabase(), null);
        var postgres = await PostgresDatabase.CreateAsync();
        return new SharedSessionDatabase(postgres.Settings(), postgres);
    }

    /// <summary>The app settings that point it at this database, plus <paramref name="more"/>.</summary>
    public Dictionary<string, string?> Settings(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in more)
            settings[key] = value;
        return settings;
    }

    /// <summary>The sessions stored in this very database: proves the instances use it rather than a default.</summary>
    public async Task<long> CountSessionsAsync()
    {
        const string count = "SELECT count(*) FROM \"UserSessions\"";
        if (_postgres is not null)
            return Assert.Single(await _postgres.QueryAsync<long>(count));

        await using var sqlite = new SqliteConnection($"Data Source={_settings["Sessions:DatabasePath"]};Mode=ReadOnly;Pooling=False");
        await sqlite.OpenAsync();
        await using var command = new SqliteCommand(count, sqlite);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        if (_postgres is not null)
            return _postgres.DisposeAsync();
        BookstoreAppFactory.DeleteDatabase(_settings["Sessions:DatabasePath"]!);
        return ValueTask.CompletedTask;
    }
}
