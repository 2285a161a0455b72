using Microsoft.Data.Sqlite;

namespace BookstoreBlazor.Tests.Infrastructure;

/// <summary>
/// Another process's connection holding the write lock of a SQLite file (<c>BEGIN EXCLUSIVE</c>), as a backup tool
/// or a stuck maintenance script would, until disposed.
/// </summary>
public sealed class SqliteWriteLock : IDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteWriteLock(SqliteConnection connection) => _connection = connection;

    public static SqliteWriteLock Take(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE";
        begin.ExecuteNonQuery();
        return new SqliteWriteLock(connection);
    }

    public void Dispose()
    {
        using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        _connection.Dispose();
    }
}
