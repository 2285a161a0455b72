using Npgsql;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// A fresh, empty PostgreSQL database for one test, on the server <see cref="Variable"/> names (./test.sh starts a
/// private one), dropped on dispose.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "BOOKSTORE_TEST_POSTGRES";

    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>What the app is given as <c>ConnectionStrings:Bookstore</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The app settings that point it at this database.</summary>
    public Dictionary<string, string?> Settings() => new() { ["ConnectionStrings:Bookstore"] = ConnectionString };

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh: it starts a private " +
                $"PostgreSQL on 127.0.0.1:55432 (installing it first when run as root) and sets {Variable}. Or set " +
                $"{Variable} to a connection string for a role with CREATEDB, e.g. Host=127.0.0.1;Port=5432;Username=bookstore;Database=postgres");

        var name = $"bookstore_test_{Guid.NewGuid():N}";
        await ExecuteAsync(AdminConnection(server), $"CREATE DATABASE {name}");
        return new PostgresDatabase(server, name);
    }

    /// <summary>Runs a query on this database and returns the first column of every row.</summary>
    public async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
            values.Add(reader.GetFieldValue<T>(0));
        return values;
    }

    public async ValueTask DisposeAsync()
    {
        using (var pooled = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(pooled);
        // FORCE ends connections an app instance may still hold in a pool of its own.
        await ExecuteAsync(AdminConnection(_server), $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static string AdminConnection(string server) =>
        new NpgsqlConnectionStringBuilder(server) { Pooling = false, Timeout = 5 }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            var server = new NpgsqlConnectionStringBuilder(connectionString);
            throw new InvalidOperationException(
                $"PostgreSQL for the tests ({Variable}: host {server.Host}, port {server.Port}, user {server.Username}) " +
                $"could not run \"{sql}\": {e.Message}. Run ./test.sh, which starts a private PostgreSQL on " +
                "127.0.0.1:55432 (installing it first when run as root), or point the variable at a reachable server " +
                "and a role with CREATEDB.", e);
        }
    }
}
