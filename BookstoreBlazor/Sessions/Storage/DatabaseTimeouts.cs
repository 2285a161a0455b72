using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BookstoreBlazor.Sessions.Storage;

/// <summary><see cref="SessionOptions.DatabaseTimeout"/> written into each flavour's connection string.</summary>
internal static class DatabaseTimeouts
{
    /// <summary>
    /// SQLite waits this long for another writer's lock (its busy timeout) before failing; concurrent writers of this
    /// app hold it for milliseconds, so only a stuck or foreign lock ever reaches the limit.
    /// </summary>
    public static string ForSqlite(string file, TimeSpan timeout) =>
        new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = WholeSeconds(timeout) }.ToString();

    /// <summary>Npgsql's defaults (15 s to connect, 30 s per command) apply only when the operator set nothing.</summary>
    public static string ForPostgres(string connectionString, TimeSpan timeout)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Sets(given, "Timeout"))
            builder.Timeout = WholeSeconds(timeout);
        if (!Sets(given, "Command Timeout"))
            builder.CommandTimeout = WholeSeconds(timeout);
        return builder.ConnectionString;
    }

    private static bool Sets(DbConnectionStringBuilder given, string key) =>
        given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", ""), key.Replace(" ", ""), StringComparison.OrdinalIgnoreCase));

    // Both take whole seconds, and zero would mean "no wait" to SQLite and "wait forever" to Npgsql.
    private static int WholeSeconds(TimeSpan timeout) => Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
}
