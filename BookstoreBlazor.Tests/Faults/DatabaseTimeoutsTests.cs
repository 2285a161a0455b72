using BookstoreBlazor.Sessions.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BookstoreBlazor.Tests.Faults;

public sealed class DatabaseTimeoutsTests
{
    [Fact]
    public void Sqlite_WaitsForAnotherWritersLock_ForTheTimeoutInWholeSeconds()
    {
        var connection = new SqliteConnectionStringBuilder(DatabaseTimeouts.ForSqlite("/tmp/bookstore.db", TimeSpan.FromSeconds(2.5)));

        Assert.Equal("/tmp/bookstore.db", connection.DataSource);
        Assert.Equal(3, connection.DefaultTimeout);
    }

    [Fact]
    public void Postgres_WithoutTimeouts_GetsTheSessionTimeout_ForConnectingAndPerCommand()
    {
        var connection = new NpgsqlConnectionStringBuilder(
            DatabaseTimeouts.ForPostgres("Host=db;Database=bookstore;Username=bookstore;Password=secret", TimeSpan.FromSeconds(5)));

        Assert.Equal(5, connection.Timeout);
        Assert.Equal(5, connection.CommandTimeout);
        Assert.Equal("secret", connection.Password);
    }

    [Theory]
    [InlineData("Host=db;Timeout=20;Command Timeout=60")]
    [InlineData("Host=db;timeout=20;CommandTimeout=60")]
    public void Postgres_TimeoutsTheOperatorSet_AreKept(string given)
    {
        var connection = new NpgsqlConnectionStringBuilder(DatabaseTimeouts.ForPostgres(given, TimeSpan.FromSeconds(5)));

        Assert.Equal(20, connection.Timeout);
        Assert.Equal(60, connection.CommandTimeout);
    }
}
